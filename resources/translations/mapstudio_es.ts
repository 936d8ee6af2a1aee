<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="40" />
            <source>About {0}</source>
            <translation>Acerca de {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="42" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="43" />
            <source>Licences</source>
            <translation>Licencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="61" />
            <source>Version {0}</source>
            <translation>Versión {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="63" />
            <source>An offline desktop editor for customer-journey maps, service blueprints and personas. Your projects stay on your computer, in one file each.</source>
            <translation>Un editor de escritorio sin conexión para mapas del recorrido del cliente, service blueprints y personas. Tus proyectos se quedan en tu ordenador, cada uno en un único archivo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="67" />
            <source>Python {0} · Qt {1} · PySide6 {2} · {3}</source>
            <translation>Python {0} · Qt {1} · PySide6 {2} · {3}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/about_dialog.py" line="83" />
            <source>&lt;p&gt;&lt;b&gt;DejaVu Sans&lt;/b&gt; fonts (maps on screen and in PDF): Bitstream Vera licence with DejaVu changes, public domain; full text below.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font Awesome Free&lt;/b&gt; icons through &lt;b&gt;QtAwesome&lt;/b&gt;: icons CC BY 4.0, fonts SIL Open Font License 1.1, QtAwesome code MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; and &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;The Map Studio icon is original artwork of the project.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Fuentes &lt;b&gt;DejaVu Sans&lt;/b&gt; (mapas en pantalla y en PDF): licencia Bitstream Vera con cambios de DejaVu en el dominio público; texto completo abajo.&lt;/p&gt;&lt;p&gt;Iconos &lt;b&gt;Font Awesome Free&lt;/b&gt; a través de &lt;b&gt;QtAwesome&lt;/b&gt;: iconos CC BY 4.0, fuentes SIL Open Font License 1.1, código de QtAwesome MIT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt&lt;/b&gt; y &lt;b&gt;PySide6&lt;/b&gt;: GNU LGPL v3. &lt;b&gt;SQLAlchemy&lt;/b&gt;, &lt;b&gt;Alembic&lt;/b&gt;: MIT. &lt;b&gt;ReportLab&lt;/b&gt;: BSD. &lt;b&gt;Pillow&lt;/b&gt;: MIT-CMU. &lt;b&gt;platformdirs&lt;/b&gt;, &lt;b&gt;jsonschema&lt;/b&gt;, &lt;b&gt;PyYAML&lt;/b&gt;: MIT.&lt;/p&gt;&lt;p&gt;El icono de Map Studio es una obra original del proyecto.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="119" />
            <location filename="../../src/mapstudio/ui/window/accessibility.py" line="130" />
            <source>{0} list</source>
            <translation>Lista de {0}</translation>
        </message>
    </context>
    <context>
        <name>CanvasGestures</name>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Zoom around the pointer</source>
            <translation>Zoom alrededor del puntero</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="15" />
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Mouse wheel</source>
            <translation>Rueda del ratón</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="16" />
            <source>Scroll the map up and down</source>
            <translation>Desplazar el mapa arriba y abajo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Scroll the map sideways</source>
            <translation>Desplazar el mapa de lado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="19" />
            <source>Shift+Mouse wheel</source>
            <translation>Mayús+rueda del ratón</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Move the map</source>
            <translation>Mover el mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="20" />
            <source>Two-finger scroll · Space+drag · Middle button drag</source>
            <translation>Desplazamiento con dos dedos · Espacio+arrastrar · Arrastrar con el botón central</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="21" />
            <source>Ctrl+Mouse wheel · Pinch</source>
            <translation>Ctrl+rueda del ratón · Pellizco</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>New card in the current cell</source>
            <translation>Nueva tarjeta en la celda actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="22" />
            <source>N · Insert · Double-click a cell</source>
            <translation>N · Insert · Doble clic en una celda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Commit and start the next card in the cell</source>
            <translation>Confirmar y empezar la siguiente tarjeta en la celda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="23" />
            <source>Enter (while typing)</source>
            <translation>Intro (al escribir)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Commit and go to the next / previous cell</source>
            <translation>Confirmar e ir a la celda siguiente / anterior</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="24" />
            <source>Tab / Shift+Tab (while typing)</source>
            <translation>Tab / Mayús+Tab (al escribir)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Cancel typing (a new card is not added)</source>
            <translation>Cancelar la escritura (la tarjeta nueva no se añade)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="25" />
            <source>Escape</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Line break in a card</source>
            <translation>Salto de línea en una tarjeta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="26" />
            <source>Shift+Enter</source>
            <translation>Mayús+Intro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>Edit the selected card's title</source>
            <translation>Editar el título de la tarjeta seleccionada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="27" />
            <source>F2 · Enter · Double-click</source>
            <translation>F2 · Intro · Doble clic</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Rename the current cell's stage / lane</source>
            <translation>Renombrar la etapa / el carril de la celda actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="28" />
            <source>Shift+F2 / Ctrl+F2</source>
            <translation>Mayús+F2 / Ctrl+F2</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Go to the next card or cell</source>
            <translation>Ir a la siguiente tarjeta o celda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="29" />
            <source>Arrow keys</source>
            <translation>Teclas de flecha</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Open the inspector on the selection</source>
            <translation>Abrir el inspector con la selección</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="30" />
            <source>Alt+Enter</source>
            <translation>Alt+Intro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Add an emotion point</source>
            <translation>Añadir un punto emocional</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="31" />
            <source>Double-click the Emotions lane</source>
            <translation>Doble clic en el carril de Emociones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete the selected cards</source>
            <translation>Eliminar las tarjetas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/gestures.py" line="32" />
            <source>Delete · Backspace</source>
            <translation>Supr · Retroceso</translation>
        </message>
    </context>
    <context>
        <name>CanvasMenu</name>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="31" />
            <source>Edit text</source>
            <translation>Editar texto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="32" />
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="34" />
            <source>Cut</source>
            <translation>Cortar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="35" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="39" />
            <source>Span one more stage</source>
            <translation>Abarcar una etapa más</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="42" />
            <source>Span one stage less</source>
            <translation>Abarcar una etapa menos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Unmark moment of truth</source>
            <translation>Quitar la marca de momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="44" />
            <source>Mark as moment of truth</source>
            <translation>Marcar como momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="50" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="54" />
            <source>Rename stage</source>
            <translation>Renombrar etapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="55" />
            <source>Insert stage before</source>
            <translation>Insertar etapa antes</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="56" />
            <source>Insert stage after</source>
            <translation>Insertar etapa después</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="58" />
            <source>Remove stage</source>
            <translation>Quitar etapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="64" />
            <source>Rename lane</source>
            <translation>Renombrar carril</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane above</source>
            <translation>Insertar carril encima</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="65" />
            <source>Insert lane below</source>
            <translation>Insertar carril debajo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Thoughts</source>
            <translation>Pensamientos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Emotions</source>
            <translation>Emociones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Backstage</source>
            <translation>Trastienda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Systems</source>
            <translation>Sistemas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Storyboard</source>
            <translation>Guion gráfico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="68" />
            <source>Owners</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="71" />
            <source>Remove lane</source>
            <translation>Quitar carril</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="81" />
            <source>Add emotion point</source>
            <translation>Añadir punto emocional</translation>
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
            <translation>Añadir tarjeta aquí</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="91" />
            <source>Paste here</source>
            <translation>Pegar aquí</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="99" />
            <source>Link to map…</source>
            <translation>Enlazar con un mapa…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/context_menu.py" line="101" />
            <source>Open linked map</source>
            <translation>Abrir el mapa enlazado</translation>
        </message>
    </context>
    <context>
        <name>CardKinds</name>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="28" />
            <source>New {0}</source>
            <translation>Nueva tarjeta: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="34" />
            <source>Metric</source>
            <translation>Métrica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="42" />
            <source>Touchpoint</source>
            <translation>Punto de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="43" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="44" />
            <source>Thought</source>
            <translation>Pensamiento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="45" />
            <source>Pain point</source>
            <translation>Punto de dolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/card_kinds.py" line="46" />
            <source>Opportunity</source>
            <translation>Oportunidad</translation>
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
            <translation>Imagen</translation>
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
            <translation>C</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="31" />
            <source>M</source>
            <comment>moved</comment>
            <translation>M</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="38" />
            <source>Added since the version</source>
            <translation>Añadida desde la versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="40" />
            <source>Moved since the version</source>
            <translation>Movida desde la versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="42" />
            <source>from {0} to {1}</source>
            <translation>de {0} a {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="45" />
            <source>Changed since the version</source>
            <translation>Cambiada desde la versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/change_marks.py" line="114" />
            <source>Removed: {0}</source>
            <translation>Eliminada: {0}</translation>
        </message>
    </context>
    <context>
        <name>Comparison</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="58" />
            <source>Save report…</source>
            <translation>Guardar informe…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="59" />
            <source>The changes of every map as a PDF report</source>
            <translation>Los cambios de cada mapa como informe PDF</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="61" />
            <source>Clear comparison</source>
            <translation>Quitar la comparación</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="76" />
            <source>Compared with “{0}”:</source>
            <translation>Comparado con «{0}»:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>added</source>
            <translation>añadidas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="77" />
            <source>changed</source>
            <translation>cambiadas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>moved</source>
            <translation>movidas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="78" />
            <source>{0} removed</source>
            <translation>{0} eliminadas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="83" />
            <source>Removed ({0})</source>
            <translation>Eliminadas ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="141" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="145" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="155" />
            <source>Compare with version</source>
            <translation>Comparar con una versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="142" />
            <source>No versions yet. Save one in File ▸ Versions…</source>
            <translation>Aún no hay versiones. Guarde una en Archivo ▸ Versiones…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="146" />
            <source>Mark what changed since:</source>
            <translation>Marcar lo que cambió desde:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="168" />
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="181" />
            <source>Save change report</source>
            <translation>Guardar el informe de cambios</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>Changes since {0}.pdf</source>
            <translation>Cambios desde {0}.pdf</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="169" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/comparison.py" line="199" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="41" />
            <source>Unexpected error</source>
            <translation>Error inesperado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="51" />
            <source>Each change is saved in the file as you make it, and Map Studio tells you when one cannot be. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation>Cada cambio se guarda en el archivo al hacerlo, y Map Studio te avisa cuando no se puede. Puedes seguir trabajando, pero si algo no parece correcto, vuelve a abrir el proyecto.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="71" />
            <source>Copy details</source>
            <translation>Copiar detalles</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="72" />
            <source>Copy the error report to the clipboard</source>
            <translation>Copiar el informe de error al portapapeles</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="74" />
            <source>Open log folder</source>
            <translation>Abrir carpeta de registros</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="75" />
            <source>Show the log file in the file manager</source>
            <translation>Mostrar el archivo de registro en el gestor de archivos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="93" />
            <source>Map Studio ran into a problem it did not expect: {0}</source>
            <translation>Map Studio se ha encontrado con un problema inesperado: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="96" />
            <source>Map Studio ran into {0} unexpected problems; the latest: {1}</source>
            <translation>Map Studio se ha encontrado con {0} problemas inesperados; el último: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/crash_dialog.py" line="102" />
            <source>Details were written to the log file: {0}</source>
            <translation>Los detalles se han escrito en el archivo de registro: {0}</translation>
        </message>
    </context>
    <context>
        <name>DemoCopy</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="32" />
            <source>&lt;b&gt;Demo copy&lt;/b&gt; — a temporary copy of the demo: edit it freely; save it as your own project to keep your changes.</source>
            <translation>&lt;b&gt;Copia de la demo&lt;/b&gt; — una copia temporal de la demo: edítala libremente; guárdala como tu propio proyecto para conservar los cambios.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="35" />
            <source>&amp;Save as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="36" />
            <source>Save the demo as a project</source>
            <translation>Guardar la demo como proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="37" />
            <source>Keep this copy of the demo, with your changes, as a project of your own</source>
            <translation>Conserva esta copia de la demo, con tus cambios, como un proyecto propio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="44" />
            <source>Demo copy</source>
            <translation>Copia de la demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="66" />
            <source>[demo copy]</source>
            <translation>[copia de la demo]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="73" />
            <source>Save the demo as</source>
            <translation>Guardar la demo como</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="85" />
            <source>Saved the demo as {0}</source>
            <translation>Demo guardada como {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="95" />
            <source>Keep your changes to the demo?</source>
            <translation>¿Conservar los cambios en la demo?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="96" />
            <source>This is a temporary copy of the demo. Save it as a project of your own to keep your changes; otherwise they are discarded.</source>
            <translation>Esta es una copia temporal de la demo. Guárdala como tu propio proyecto para conservar los cambios; si no, se descartarán.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/demo_copy.py" line="100" />
            <source>Save as…</source>
            <translation>Guardar como…</translation>
        </message>
    </context>
    <context>
        <name>EvidenceEditor</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="69" />
            <source>Add source</source>
            <translation>Añadir fuente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="71" />
            <source>Where this card comes from: an interview, a survey, analytics, support tickets, an observation, or an assumption nobody has checked yet</source>
            <translation>De dónde sale esta tarjeta: una entrevista, una encuesta, analítica, tickets de soporte, una observación o una suposición que nadie ha comprobado aún</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="91" />
            <source>Remove this source</source>
            <translation>Quitar esta fuente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="96" />
            <source>What: who, when, how many</source>
            <translation>Qué: quién, cuándo, cuántos</translation>
        </message>
    </context>
    <context>
        <name>EvidenceFilter</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="25" />
            <source>Show &amp;cards</source>
            <translation>Mostrar &amp;tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>&amp;All</source>
            <translation>T&amp;odas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="28" />
            <source>Only &amp;assumptions</source>
            <translation>Solo &amp;suposiciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/evidence_filter.py" line="29" />
            <source>Only &amp;validated</source>
            <translation>Solo &amp;validadas</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="192" />
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="470" />
            <source>Export map</source>
            <translation>Exportar mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PDF (vector, print)</source>
            <translation>PDF (vectorial, para imprimir)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="209" />
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>SVG vector image</source>
            <translation>Imagen vectorial SVG</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="210" />
            <source>CSV table</source>
            <translation>Tabla CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="211" />
            <source>Mermaid journey</source>
            <translation>Recorrido Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="215" />
            <source>Fit to map</source>
            <translation>Ajustar al mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="216" />
            <source>Automatic (readable type)</source>
            <translation>Automático (texto legible)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Automatic</source>
            <translation>Automática</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="219" />
            <source>Portrait</source>
            <translation>Vertical</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="220" />
            <source>Landscape</source>
            <translation>Horizontal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="225" />
            <source>Fit</source>
            <translation>Ajustar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="226" />
            <source>Print as a poster on sheets of</source>
            <translation>Imprimir como póster en hojas de</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="233" />
            <source>Crop marks</source>
            <translation>Marcas de corte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="234" />
            <source>CMYK colours</source>
            <translation>Colores CMYK</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="235" />
            <source>PDF/X-4 for print shops</source>
            <translation>PDF/X-4 para imprentas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="238" />
            <source> dpi</source>
            <translation> ppp</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="240" />
            <source>The language of the words the print adds: lane captions, badges, legend and footer</source>
            <translation>El idioma de las palabras que añade la impresión: rótulos de carriles, etiquetas, leyenda y pie de página</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="242" />
            <source>Project's ({0})</source>
            <translation>El del proyecto ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="246" />
            <source>Add persona pages</source>
            <translation>Añadir páginas de personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="247" />
            <source>Print review notes</source>
            <translation>Imprimir notas de revisión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="249" />
            <source>Open notes counted on their cards, and every note listed on a page after the map (PDF)</source>
            <translation>Las notas abiertas contadas en sus tarjetas y todas las notas en una página tras el mapa (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="252" />
            <source>Extra line for the title block</source>
            <translation>Línea adicional para el cajetín</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="257" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="258" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="259" />
            <source>Orientation</source>
            <translation>Orientación</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="260" />
            <source>Scale</source>
            <translation>Escala</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="262" />
            <source>Overlap</source>
            <translation>Solapamiento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="263" />
            <source>Bleed</source>
            <translation>Sangrado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="267" />
            <source>Resolution</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="268" />
            <source>Print language</source>
            <translation>Idioma de impresión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="271" />
            <source>Add the maps it links to</source>
            <translation>Añadir los mapas enlazados</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="273" />
            <source>The journeys this map's cards and stages drill into, each on its own pages after the map (PDF)</source>
            <translation>Los recorridos que detallan las tarjetas y etapas de este mapa, cada uno en sus propias páginas tras el mapa (PDF)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="277" />
            <source>Title block</source>
            <translation>Cajetín</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="283" />
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="313" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="413" />
            <source>A table or text file: no page to preview.</source>
            <translation>Una tabla o un archivo de texto: no hay página que previsualizar.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="493" />
            <source>Exporting “{0}”…</source>
            <translation>Exportando «{0}»…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="494" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="535" />
            <source>Export failed</source>
            <translation>La exportación ha fallado</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="13" />
            <source>Find cards…</source>
            <translation>Buscar tarjetas…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="17" />
            <source>Close the find bar (Esc)</source>
            <translation>Cerrar la barra de búsqueda (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/find_bar.py" line="65" />
            <source>{0} found</source>
            <translation>{0} encontradas</translation>
        </message>
    </context>
    <context>
        <name>Health</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="35" />
            <source>Review overdue</source>
            <translation>Revisión vencida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="36" />
            <source>No owner</source>
            <translation>Sin responsable</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="37" />
            <source>Pain point without opportunity</source>
            <translation>Punto de dolor sin oportunidad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="38" />
            <source>Opportunity without owner</source>
            <translation>Oportunidad sin responsable</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="39" />
            <source>Assumptions</source>
            <translation>Suposiciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="40" />
            <source>KPI without target</source>
            <translation>KPI sin objetivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="41" />
            <source>Stale KPI</source>
            <translation>KPI desactualizado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="42" />
            <source>Stage without touchpoint</source>
            <translation>Etapa sin punto de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="43" />
            <source>Text cut in print</source>
            <translation>Texto cortado al imprimir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="49" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
    </context>
    <context>
        <name>HealthDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="83" />
            <source>No map is open.</source>
            <translation>No hay ningún mapa abierto.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="98" />
            <source>{0} findings on this map: advice to keep it true.</source>
            <translation>{0} hallazgos en este mapa: consejos para mantenerlo fiel.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/health_dock.py" line="100" />
            <source>No findings: owned, reviewed, backed by evidence.</source>
            <translation>Sin hallazgos: con responsable, revisado y respaldado por evidencias.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Reply {0}</source>
            <translation>Responder {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="25" />
            <source>Add note {0}</source>
            <translation>Añadir nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Resolve note {0}</source>
            <translation>Resolver nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="48" />
            <source>Reopen note {0}</source>
            <translation>Reabrir nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="50" />
            <source>Edit note {0}</source>
            <translation>Editar nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="73" />
            <source>Delete note {0}</source>
            <translation>Eliminar nota {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/living_commands.py" line="91" />
            <source>Update KPI values</source>
            <translation>Actualizar valores de KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="22" />
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>colour</source>
            <translation>color</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>owner</source>
            <translation>responsable</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>span</source>
            <translation>extensión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>severity</source>
            <translation>gravedad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>impact</source>
            <translation>impacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>effort</source>
            <translation>esfuerzo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>channel</source>
            <translation>canal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>persona</source>
            <translation>persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>moment of truth</source>
            <translation>momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>picture</source>
            <translation>imagen</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>width</source>
            <translation>ancho</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>height</source>
            <translation>alto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>kind</source>
            <translation>tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>line</source>
            <translation>línea</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>goal</source>
            <translation>objetivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>evidence</source>
            <translation>evidencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>confidence</source>
            <translation>confianza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>linked map</source>
            <translation>mapa vinculado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="37" />
            <source>review date</source>
            <translation>fecha de revisión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="44" />
            <source>Rename card {0}</source>
            <translation>Renombrar tarjeta {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="45" />
            <source>Change {0} of {1}</source>
            <translation>Cambiar {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move card {0}</source>
            <translation>Mover tarjeta {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="53" />
            <source>Move {0} cards</source>
            <translation>Mover {0} tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete card {0}</source>
            <translation>Eliminar tarjeta {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="57" />
            <source>Delete {0} cards</source>
            <translation>Eliminar {0} tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut card {0}</source>
            <translation>Cortar tarjeta {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="61" />
            <source>Cut {0} cards</source>
            <translation>Cortar {0} tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="65" />
            <source>Add card {0}</source>
            <translation>Añadir tarjeta {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Add stage {0}</source>
            <translation>Añadir etapa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="70" />
            <source>Remove stage {0}</source>
            <translation>Quitar etapa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="71" />
            <source>Move stage {0}</source>
            <translation>Mover etapa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Add lane {0}</source>
            <translation>Añadir carril {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="76" />
            <source>Remove lane {0}</source>
            <translation>Quitar carril {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="77" />
            <source>Move lane {0}</source>
            <translation>Mover carril {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename stage {0}</source>
            <translation>Renombrar etapa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="86" />
            <source>Rename lane {0}</source>
            <translation>Renombrar carril {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="89" />
            <source>Resize stage {0}</source>
            <translation>Cambiar ancho de la etapa {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of stage {1}</source>
            <translation>Cambiar {0} de la etapa {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/commands/naming.py" line="90" />
            <source>Change {0} of lane {1}</source>
            <translation>Cambiar {0} del carril {1}</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="77" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="343" />
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="88" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="433" />
            <source>Select a card, a stage or a lane to edit it.</source>
            <translation>Selecciona una tarjeta, una etapa o un carril para editarlo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="153" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="215" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="167" />
            <source>default</source>
            <translation>predeterminado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="170" />
            <source>Pick a colour</source>
            <translation>Elegir un color</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="182" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="195" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="267" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="356" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="386" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="196" />
            <source>“{0}” is not a colour: use #rrggbb, e.g. #2563eb, or leave it empty for the default.</source>
            <translation>«{0}» no es un color: usa #rrggbb, p. ej. #2563eb, o déjalo vacío para usar el predeterminado.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="244" />
            <source>Card</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="245" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="376" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="409" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="247" />
            <source>Body</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="248" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="259" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="251" />
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="253" />
            <source>Owner / department</source>
            <translation>Responsable / departamento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="255" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="258" />
            <source>comma, separated</source>
            <translation>separados por comas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="260" />
            <source>Persona</source>
            <translation>Persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="264" />
            <source>Link</source>
            <translation>Enlace</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="275" />
            <source>Spans stages</source>
            <translation>Etapas que abarca</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="277" />
            <source>Moment of truth</source>
            <translation>Momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="278" />
            <source>Highlight this card as a moment that makes or breaks the journey</source>
            <translation>Destacar esta tarjeta como un momento que decide el recorrido</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="294" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="295" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="297" />
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="299" />
            <source>Effort</source>
            <translation>Esfuerzo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="305" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="306" />
            <source>KPI name</source>
            <translation>Nombre del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="308" />
            <source>KPI value</source>
            <translation>Valor del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="310" />
            <source>KPI target</source>
            <translation>Objetivo del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="312" />
            <source>KPI unit</source>
            <translation>Unidad del KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="314" />
            <source>Metric key</source>
            <translation>Clave de la métrica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="316" />
            <source>The key this KPI has in your data: Map ▸ Update metrics… adds its dated values from a CSV file</source>
            <translation>La clave de este KPI en sus datos: Mapa ▸ Actualizar métricas… añade sus valores con fecha desde un archivo CSV</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="318" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>lower</source>
            <translation>más bajo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="319" />
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="321" />
            <source>higher</source>
            <translation>más alto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="320" />
            <source>automatic ({0})</source>
            <translation>automático ({0})</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="322" />
            <source>Better when</source>
            <translation>Mejor cuando es</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="325" />
            <source>Whether the KPI improves as it goes up or down; automatic reads it from the name and unit</source>
            <translation>Si el KPI mejora al subir o al bajar; en automático se deduce del nombre y la unidad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="350" />
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="351" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="352" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="354" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="362" />
            <source>Width</source>
            <translation>Anchura</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="364" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="375" />
            <source>Lane</source>
            <translation>Carril</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Thoughts</source>
            <translation>Pensamientos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Emotions</source>
            <translation>Emociones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Backstage</source>
            <translation>Trastienda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Systems</source>
            <translation>Sistemas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Storyboard</source>
            <translation>Guion gráfico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="377" />
            <source>Owners</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="378" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="380" />
            <source>None</source>
            <translation>Ninguna</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="381" />
            <source>Line of interaction</source>
            <translation>Línea de interacción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="382" />
            <source>Line of visibility</source>
            <translation>Línea de visibilidad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="383" />
            <source>Line of internal interaction</source>
            <translation>Línea de interacción interna</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="384" />
            <source>Line below</source>
            <translation>Línea inferior</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="390" />
            <source>auto (grows with cards)</source>
            <translation>automática (crece con las tarjetas)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="392" />
            <source>A minimum height; the lane still grows to fit its cards</source>
            <translation>Una altura mínima; el carril crece igualmente para que quepan sus tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="395" />
            <source>Height</source>
            <translation>Altura</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="402" />
            <source>Map</source>
            <translation>Mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="410" />
            <source>Goal / scope</source>
            <translation>Objetivo / alcance</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="411" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="412" />
            <source>Map type</source>
            <translation>Tipo de mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="422" />
            <source>Change…</source>
            <translation>Cambiar…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="423" />
            <source>Change the emotion scale; existing scores are rescaled</source>
            <translation>Cambiar la escala de emociones; las puntuaciones existentes se reescalan</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="427" />
            <source>Emotion scale</source>
            <translation>Escala emocional</translation>
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
            <translation>E&amp;scala emocional…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="43" />
            <source>Create &amp;future state from this map</source>
            <translation>Crear el estado &amp;futuro a partir de este mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="45" />
            <source>Go to &amp;counterpart map</source>
            <translation>Ir al mapa &amp;correspondiente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="47" />
            <source>&amp;Walkthrough</source>
            <translation>&amp;Recorrido guiado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="59" />
            <source>Map header</source>
            <translation>Cabecera del mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="148" />
            <source>current state</source>
            <translation>estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="150" />
            <source>{0} — future state</source>
            <translation>{0} — estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Emotion point</source>
            <translation>Punto emocional</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/journey_features.py" line="205" />
            <source>Label:</source>
            <translation>Etiqueta:</translation>
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
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Thoughts</source>
            <translation>Pensamientos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotions</source>
            <translation>Emociones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Backstage</source>
            <translation>Trastienda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Systems</source>
            <translation>Sistemas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Storyboard</source>
            <translation>Guion gráfico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owners</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of interaction</source>
            <translation>Línea de interacción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of visibility</source>
            <translation>Línea de visibilidad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Line of internal interaction</source>
            <translation>Línea de interacción interna</translation>
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
            <translation>Gravedad {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Impact {0}</source>
            <translation>Impacto {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Effort {0}</source>
            <translation>Esfuerzo {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} / target {1}</source>
            <translation>{0} / objetivo {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Moment of truth</source>
            <translation>Momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} findings</source>
            <translation>{0} hallazgos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>KPIs {0}/{1} on target</source>
            <translation>KPI {0}/{1} en objetivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Owner: {0}</source>
            <translation>Responsable: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review by {0}</source>
            <translation>Revisar antes del {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review overdue since {0}</source>
            <translation>Revisión vencida desde el {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Review notes — {0}</source>
            <translation>Notas de revisión — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Card “{0}”</source>
            <translation>Tarjeta «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Stage “{0}”</source>
            <translation>Etapa «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>resolved</source>
            <translation>resuelta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Validated</source>
            <translation>Validada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Some evidence</source>
            <translation>Algunas evidencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assumption</source>
            <translation>Suposición</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Version {0}</source>
            <translation>Versión {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Map {0} of {1}</source>
            <translation>Mapa {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Emotion {0} … {1}</source>
            <translation>Emoción {0} … {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} {1} {2}</source>
            <translation>{0} de {1} de {2}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>January February March April May June July August September October November December</source>
            <translation>enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} years</source>
            <translation>{0} años</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>About</source>
            <translation>Perfil</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Frustrations</source>
            <translation>Frustraciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Market size</source>
            <translation>Tamaño de mercado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Technology</source>
            <translation>Tecnología</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Assembly overview</source>
            <translation>Esquema de montaje</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>{0} — {1} sheets of {2} {3} ({4} rows × {5} columns), poster {6} × {7} mm, overlap {8} mm</source>
            <translation>{0} — {1} hojas {2} {3} ({4} filas × {5} columnas), póster de {6} × {7} mm, solape de {8} mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>landscape</source>
            <translation>en horizontal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>portrait</source>
            <translation>en vertical</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Trim each sheet along its crop marks on the left and top edges (not on the first column or row), lay it over its neighbour's overlap strip and align the registration marks.</source>
            <translation>Recorta cada hoja por sus marcas de corte en los bordes izquierdo y superior (salvo en la primera columna o fila), colócala sobre la franja de solape de la hoja vecina y alinea las marcas de registro.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Row {0} · Column {1}</source>
            <translation>Fila {0} · Columna {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>page {0}</source>
            <translation>pág. {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>overlap {0} mm</source>
            <translation>solape {0} mm</translation>
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
            <translation>Aplicación móvil</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Store</source>
            <translation>Tienda</translation>
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
            <translation>Redes sociales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Ads</source>
            <translation>Anuncios</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Search</source>
            <translation>Buscador</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Mail</source>
            <translation>Correo postal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Partner</source>
            <translation>Socio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>Kiosk</source>
            <translation>Quiosco</translation>
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
            <translation>Vídeo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/inspector_dock.py" line="249" />
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="232" />
            <location filename="../../src/mapstudio/canvas/scene.py" line="57" />
            <source>In person</source>
            <translation>En persona</translation>
        </message>
    </context>
    <context>
        <name>Links</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="25" />
            <source>Linked maps</source>
            <translation>Mapas enlazados</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="37" />
            <source>◀ Back</source>
            <translation>◀ Atrás</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="38" />
            <source>Back to the map this link was followed from</source>
            <translation>Volver al mapa desde el que se siguió el enlace</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="117" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="120" />
            <location filename="../../src/mapstudio/ui/window/links.py" line="138" />
            <source>(no link)</source>
            <translation>(sin enlace)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="122" />
            <source>Link to map</source>
            <translation>Enlazar con un mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="123" />
            <source>Double-clicking this card opens:</source>
            <translation>Un doble clic en esta tarjeta abre:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="124" />
            <source>Double-clicking this stage's header opens:</source>
            <translation>Un doble clic en el encabezado de esta etapa abre:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="140" />
            <source>Drills into</source>
            <translation>Se detalla en</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/links.py" line="142" />
            <source>A map of this project that details this one: double-click opens it, and its findings and KPIs show on the card</source>
            <translation>Un mapa de este proyecto que detalla este: el doble clic lo abre, y sus hallazgos y KPI se muestran en la tarjeta</translation>
        </message>
    </context>
    <context>
        <name>LivingFeatures</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="29" />
            <source>Compare with &amp;version…</source>
            <translation>Comparar con una &amp;versión…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="30" />
            <source>C&amp;lear comparison</source>
            <translation>&amp;Quitar la comparación</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="35" />
            <source>Update &amp;metrics…</source>
            <translation>Actualizar &amp;métricas…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="38" />
            <source>&amp;Link to map…</source>
            <translation>&amp;Enlazar con un mapa…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/living_features.py" line="39" />
            <source>&amp;Back to the linking map</source>
            <translation>&amp;Volver al mapa de origen</translation>
        </message>
    </context>
    <context>
        <name>LivingInspector</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="45" />
            <source>Survey</source>
            <translation>Encuesta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="46" />
            <source>Analytics</source>
            <translation>Analítica</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="47" />
            <source>Support tickets</source>
            <translation>Tickets de soporte</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="48" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="49" />
            <source>Assumption</source>
            <translation>Suposición</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>(not judged)</source>
            <translation>(sin valorar)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="130" />
            <source>Assumed</source>
            <translation>Supuesta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="131" />
            <source>Some evidence</source>
            <translation>Algunas evidencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="132" />
            <source>Validated</source>
            <translation>Validada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="264" />
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="266" />
            <source>Confidence</source>
            <translation>Confianza</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="278" />
            <source>Review notes</source>
            <translation>Notas de revisión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="287" />
            <source>Ownership</source>
            <translation>Responsabilidad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="288" />
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="290" />
            <source>e.g. CX lead</source>
            <translation>p. ej. responsable de CX</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="296" />
            <source>(no review date)</source>
            <translation>(sin fecha de revisión)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="306" />
            <source>Review by</source>
            <translation>Revisar antes del</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="309" />
            <source>This map is past its review date.</source>
            <translation>Este mapa ha superado su fecha de revisión.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="69" />
            <source>Show or hide the {0} panel</source>
            <translation>Mostrar u ocultar el panel «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="93" />
            <source>&amp;New project…</source>
            <translation>&amp;Nuevo proyecto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="94" />
            <source>Create a project with one blank map</source>
            <translation>Crear un proyecto con un mapa en blanco</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="95" />
            <source>New from &amp;template…</source>
            <translation>Nuevo desde &amp;plantilla…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="96" />
            <source>Start a project or a map from a template</source>
            <translation>Empezar un proyecto o un mapa desde una plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="98" />
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="99" />
            <source>Open a project file</source>
            <translation>Abrir un archivo de proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="100" />
            <source>Open &amp;demo</source>
            <translation>Abrir la &amp;demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="101" />
            <source>Open a fresh copy of the demo project</source>
            <translation>Abrir una copia nueva del proyecto de demostración</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="102" />
            <source>Save a &amp;copy…</source>
            <translation>Guardar una &amp;copia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="103" />
            <source>Save a copy of the project under another name</source>
            <translation>Guardar una copia del proyecto con otro nombre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="104" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="105" />
            <source>Export the map as PDF, image, CSV or Mermaid</source>
            <translation>Exportar el mapa como PDF, imagen, CSV o Mermaid</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="106" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="107" />
            <source>Import maps from JSON, CSV, Mermaid or EMS YAML</source>
            <translation>Importar mapas desde JSON, CSV, Mermaid o EMS YAML</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="108" />
            <source>&amp;Versions…</source>
            <translation>&amp;Versiones…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="109" />
            <source>Save, compare and restore named versions of the project</source>
            <translation>Guardar, comparar y restaurar versiones con nombre del proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="110" />
            <source>Project &amp;settings…</source>
            <translation>&amp;Ajustes del proyecto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="111" />
            <source>Project title, description and branding for print</source>
            <translation>Título, descripción e imagen de marca del proyecto para imprimir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="112" />
            <source>&amp;Close project</source>
            <translation>Ce&amp;rrar proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="113" />
            <source>Close the project and return to the start screen</source>
            <translation>Cerrar el proyecto y volver a la pantalla de inicio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="114" />
            <source>Quit Map Studio</source>
            <translation>Salir de Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="116" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="119" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="122" />
            <source>Undo the last change</source>
            <translation>Deshacer el último cambio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="123" />
            <source>Redo the change you undid</source>
            <translation>Rehacer el cambio deshecho</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="125" />
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="127" />
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="128" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="129" />
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="130" />
            <source>&amp;Duplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="131" />
            <source>De&amp;lete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="133" />
            <source>Select &amp;all</source>
            <translation>Seleccionar t&amp;odo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="135" />
            <source>&amp;Find cards…</source>
            <translation>&amp;Buscar tarjetas…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="136" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="138" />
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="140" />
            <source>&amp;Fit map</source>
            <translation>A&amp;justar el mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="141" />
            <source>&amp;Actual size (100 %)</source>
            <translation>Tamaño &amp;real (100 %)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="142" />
            <source>Add &amp;stage</source>
            <translation>Añadir &amp;etapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="144" />
            <source>Add &amp;lane</source>
            <translation>Añadir &amp;carril</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="145" />
            <source>New &amp;map</source>
            <translation>Nuevo &amp;mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="146" />
            <source>Duplicate m&amp;ap</source>
            <translation>Duplicar m&amp;apa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="147" />
            <source>Save map as &amp;template…</source>
            <translation>Guardar mapa como &amp;plantilla…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="148" />
            <source>Keep this map in My templates to start new maps from it</source>
            <translation>Guarda este mapa en Mis plantillas para crear nuevos mapas a partir de él</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="149" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="151" />
            <source>Language, theme, defaults for new maps and printing, backups</source>
            <translation>Idioma, tema, valores predeterminados de mapas nuevos e impresión, copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="153" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="155" />
            <source>All keyboard shortcuts at a glance</source>
            <translation>Todos los atajos de teclado de un vistazo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="156" />
            <source>&amp;About Map Studio</source>
            <translation>&amp;Acerca de Map Studio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="157" />
            <source>Version and licences</source>
            <translation>Versión y licencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="162" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="166" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="175" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="180" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="188" />
            <source>&amp;Map</source>
            <translation>&amp;Mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="192" />
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="198" />
            <source>Main toolbar</source>
            <translation>Barra de herramientas principal</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="235" />
            <source>Saved “{0}” in My templates</source>
            <translation>«{0}» guardada en Mis plantillas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="257" />
            <source>New lane</source>
            <translation>Nuevo carril</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="269" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="264" />
            <source>Export is not available.</source>
            <translation>La exportación no está disponible.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="280" />
            <location filename="../../src/mapstudio/ui/window/actions.py" line="297" />
            <source>New from template</source>
            <translation>Nuevo desde plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="281" />
            <source>The template gallery is not available.</source>
            <translation>La galería de plantillas no está disponible.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="293" />
            <source>Add map from template</source>
            <translation>Añadir mapa desde plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/actions.py" line="295" />
            <source>New project from template</source>
            <translation>Nuevo proyecto desde plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="94" />
            <source>Read-only: changes are not saved</source>
            <translation>Solo lectura: los cambios no se guardan</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>Damaged map</source>
            <translation>Mapa dañado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="150" />
            <source>{0}

The other maps of this project can still be opened and edited; `mapstudio check` lists what is wrong.</source>
            <translation>{0}

Los demás mapas del proyecto se pueden seguir abriendo y editando; `mapstudio check` indica qué está mal.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="156" />
            <source>The last change was not saved.</source>
            <translation>El último cambio no se guardó.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="157" />
            <source>Change not saved</source>
            <translation>Cambio no guardado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="168" />
            <source>Open demo</source>
            <translation>Abrir la demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening {0}…</source>
            <translation>Abriendo {0}…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="174" />
            <source>Opening the demo…</source>
            <translation>Abriendo la demo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="219" />
            <source>Journey map</source>
            <translation>Mapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="220" />
            <source>The map: stages in columns, lanes in rows, cards in their cells</source>
            <translation>El mapa: etapas en columnas, carriles en filas, tarjetas en sus celdas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="299" />
            <source>[read-only]</source>
            <translation>[solo lectura]</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="330" />
            <source>{0} cards selected</source>
            <translation>{0} tarjetas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="365" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/main_window.py" line="366" />
            <source>Dialogs opened from now on use the new language; menus and panels change after Map Studio is restarted.</source>
            <translation>Los diálogos que abras a partir de ahora usan el nuevo idioma; los menús y paneles cambian al reiniciar Map Studio.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="58" />
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="59" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Proyectos de Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="70" />
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="91" />
            <source>Untitled.mapstudio</source>
            <translation>Sin título.mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="92" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="107" />
            <source>New project</source>
            <translation>Nuevo proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="123" />
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="130" />
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_files.py" line="128" />
            <source>Saved a copy to {0}</source>
            <translation>Copia guardada en {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="32" />
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_panels.py" line="35" />
            <source>Opened project</source>
            <translation>Proyecto abierto</translation>
        </message>
    </context>
    <context>
        <name>MapAccessibility</name>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="22" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Validated.</source>
            <translation>Validada.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="23" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>Some evidence.</source>
            <translation>Algunas evidencias.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="24" />
            <location filename="../../src/mapstudio/canvas/accessible.py" line="32" />
            <source>An assumption.</source>
            <translation>Una suposición.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="35" />
            <source>Open review notes: {0}.</source>
            <translation>Notas de revisión abiertas: {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="81" />
            <source>Stage {0} of {1}</source>
            <translation>Etapa {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="86" />
            <source>Lane {0} of {1}</source>
            <translation>Carril {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="92" />
            <source>Untitled card</source>
            <translation>Tarjeta sin título</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="94" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/canvas/accessible.py" line="145" />
            <source>Journey map</source>
            <translation>Mapa del recorrido</translation>
        </message>
    </context>
    <context>
        <name>MapHeaderBar</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="114" />
            <source>No persona on this map</source>
            <translation>Este mapa no tiene personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="118" />
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="122" />
            <source>Assign or remove personas on this map</source>
            <translation>Asignar o quitar personas de este mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="191" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="238" />
            <source>Switch to future state</source>
            <translation>Cambiar al estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="240" />
            <source>Switch to current state</source>
            <translation>Cambiar al estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="241" />
            <source>Show the linked map “{0}” (Ctrl+Shift+G)</source>
            <translation>Mostrar el mapa vinculado «{0}» (Ctrl+Shift+G)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="246" />
            <source>Create future state</source>
            <translation>Crear estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="247" />
            <source>Copy this map as its future state and link the two</source>
            <translation>Copiar este mapa como su estado futuro y vincular ambos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="268" />
            <source>The project has no personas yet</source>
            <translation>El proyecto aún no tiene personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="280" />
            <source>New persona…</source>
            <translation>Nueva persona…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="281" />
            <source>Show the persona library</source>
            <translation>Mostrar la biblioteca de personas</translation>
        </message>
    </context>
    <context>
        <name>MapsDock</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="35" />
            <source>Maps</source>
            <translation>Mapas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="45" />
            <source>Add a new map</source>
            <translation>Añadir un mapa nuevo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="46" />
            <source>Duplicate the selected map</source>
            <translation>Duplicar el mapa seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="47" />
            <source>Rename the selected map</source>
            <translation>Renombrar el mapa seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="48" />
            <source>Move the map up</source>
            <translation>Subir el mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="49" />
            <source>Move the map down</source>
            <translation>Bajar el mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="50" />
            <source>Delete the selected map</source>
            <translation>Eliminar el mapa seleccionado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="89" />
            <source>Service blueprint</source>
            <translation>Service blueprint</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="111" />
            <source>New journey map</source>
            <translation>Nuevo mapa del recorrido</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Rename map</source>
            <translation>Renombrar mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="128" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="158" />
            <source>Delete map</source>
            <translation>Eliminar mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/maps_dock.py" line="159" />
            <source>Delete the map “{0}”? You can undo this.</source>
            <translation>¿Eliminar el mapa «{0}»? Puedes deshacerlo.</translation>
        </message>
    </context>
    <context>
        <name>MetricsUpdate</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="30" />
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="39" />
            <source>Update metrics</source>
            <translation>Actualizar métricas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="31" />
            <source>Metric data (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Datos de métricas (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="43" />
            <source>Nothing was changed. {0}: {1}</source>
            <translation>No se ha cambiado nada. {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="48" />
            <source>Update metrics from “{0}”</source>
            <translation>Actualizar métricas desde «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/metrics_update.py" line="50" />
            <source>{0} values from {1} rows went into {2} KPI cards (keys: {3}). Edit ▸ Undo takes them out again.</source>
            <translation>{0} valores de {1} filas entraron en {2} tarjetas KPI (claves: {3}). Edición ▸ Deshacer los quita de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="153" />
            <source>Write a review note…</source>
            <translation>Escribe una nota de revisión…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="156" />
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="169" />
            <source> · resolved</source>
            <translation> · resuelta</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="185" />
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="196" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Reopen</source>
            <translation>Reabrir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="190" />
            <source>Resolve</source>
            <translation>Resolver</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="194" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="216" />
            <source>Write a reply…</source>
            <translation>Escribe una respuesta…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/living_inspector.py" line="219" />
            <source>Send reply</source>
            <translation>Enviar respuesta</translation>
        </message>
    </context>
    <context>
        <name>PagePreview</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="172" />
            <source>{paper} {orientation} · map at {scale:.0%}</source>
            <translation>{paper} {orientation} · mapa al {scale:.0%}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_dialog.py" line="181" />
            <source> · {n} sheets of {paper} ({rows} × {cols})</source>
            <translation> · {n} hojas {paper} ({rows} × {cols})</translation>
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
            <translation>Paleta de tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="45" />
            <source>Card kinds: drag one onto a cell of the map to add a card of that kind</source>
            <translation>Tipos de tarjeta: arrastra uno a una celda del mapa para añadir una tarjeta de ese tipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/docks/palette_dock.py" line="51" />
            <source>Drag onto a cell of the map to add a {0} card</source>
            <translation>Arrastra a una celda del mapa para añadir una tarjeta de tipo «{0}»</translation>
        </message>
    </context>
    <context>
        <name>PersonaChip</name>
        <message>
            <location filename="../../src/mapstudio/ui/docks/map_header.py" line="82" />
            <source>Open persona {0}</source>
            <translation>Abrir la persona {0}</translation>
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
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="66" />
            <source>Role / occupation</source>
            <translation>Rol / profesión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Age</source>
            <translation>Edad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="67" />
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Segment</source>
            <translation>Segmento</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="68" />
            <source>Market size</source>
            <translation>Tamaño de mercado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="69" />
            <source>Technology</source>
            <translation>Tecnología</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Bio</source>
            <translation>Biografía</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="73" />
            <source>Quote</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="79" />
            <source>Frustrations</source>
            <translation>Frustraciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Motivations</source>
            <translation>Motivaciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="80" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="83" />
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="84" />
            <source>One entry per line</source>
            <translation>Una entrada por línea</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="90" />
            <source>Choose photo…</source>
            <translation>Elegir foto…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="92" />
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="120" />
            <source>Drop a photo
here</source>
            <translation>Suelta aquí
una foto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="126" />
            <source>Persona colour</source>
            <translation>Color de la persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="133" />
            <source>Choose photo</source>
            <translation>Elegir foto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dialog.py" line="134" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
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
            <translation>Nueva persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="44" />
            <source>Edit the selected persona</source>
            <translation>Editar la persona seleccionada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="45" />
            <source>Delete the selected persona</source>
            <translation>Eliminar la persona seleccionada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="46" />
            <source>Import personas from another project</source>
            <translation>Importar personas de otro proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="149" />
            <source>Delete persona</source>
            <translation>Eliminar persona</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="150" />
            <source>Delete “{0}” from the project? Maps lose its emotion curve. You can undo this.</source>
            <translation>¿Eliminar «{0}» del proyecto? Los mapas perderán su curva emocional. Puedes deshacerlo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="160" />
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="178" />
            <source>Import personas</source>
            <translation>Importar personas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="161" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Proyectos de Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="169" />
            <source>These personas are already in this project</source>
            <translation>Estas personas ya están en este proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="193" />
            <source>Imported {0} personas from {1}</source>
            <translation>Se importaron {0} personas de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/personas/persona_dock.py" line="195" />
            <source>No new personas in {0}</source>
            <translation>No hay personas nuevas en {0}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="46" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="49" />
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="50" />
            <source>Maps and printing</source>
            <translation>Mapas e impresión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="51" />
            <source>Canvas</source>
            <translation>Lienzo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="52" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="69" />
            <source>System language</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="72" />
            <source>The language of menus and dialogs</source>
            <translation>El idioma de los menús y diálogos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="74" />
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="75" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="76" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="78" />
            <source>Light, dark or high-contrast windows; maps always print on white</source>
            <translation>Ventanas claras, oscuras o de alto contraste; los mapas siempre se imprimen sobre blanco</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="80" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="81" />
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="83" />
            <source>The name your review notes are signed with</source>
            <translation>El nombre con el que se firman tus notas de revisión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="84" />
            <source>&amp;Your name in review notes:</source>
            <translation>Tu &amp;nombre en las notas:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="85" />
            <source>Some texts change language only after a restart.</source>
            <translation>Algunos textos solo cambian de idioma tras reiniciar.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="103" />
            <source>from</source>
            <translation>de</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="105" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="110" />
            <source>Fit to the map</source>
            <translation>Ajustar al mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="111" />
            <source>Automatic (readable type)</source>
            <translation>Automático (texto legible)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="115" />
            <source>No tiling (one sheet)</source>
            <translation>Sin mosaico (una sola hoja)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="116" />
            <source>Print large maps as a poster of several sheets</source>
            <translation>Imprimir los mapas grandes como un póster de varias hojas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="119" />
            <source> mm</source>
            <translation> mm</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="121" />
            <source>How much neighbouring sheets overlap for gluing</source>
            <translation>Cuánto se solapan las hojas contiguas para pegarlas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="122" />
            <source>Default emotion scale:</source>
            <translation>Escala emocional predeterminada:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="123" />
            <source>Default &amp;paper:</source>
            <translation>&amp;Papel predeterminado:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="124" />
            <source>Poster &amp;tiling:</source>
            <translation>&amp;Mosaico de póster:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="125" />
            <source>Tile &amp;overlap:</source>
            <translation>&amp;Solapamiento de hojas:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="131" />
            <source>Show the &amp;grid</source>
            <translation>Mostrar la &amp;cuadrícula</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="132" />
            <source>&amp;Snap to the grid while dragging</source>
            <translation>&amp;Ajustar a la cuadrícula al arrastrar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="135" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="138" />
            <source>Grid si&amp;ze:</source>
            <translation>&amp;Tamaño de la cuadrícula:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="139" />
            <source>The mouse &amp;wheel zooms (instead of scrolling)</source>
            <translation>La &amp;rueda del ratón hace zoom (en lugar de desplazar)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="140" />
            <source>For a mouse without a trackpad. Ctrl+wheel zooms either way; two-finger scrolling on a trackpad always moves the map.</source>
            <translation>Para un ratón sin panel táctil. Ctrl+rueda hace zoom en cualquier caso; el desplazamiento con dos dedos en el panel táctil siempre mueve el mapa.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="149" />
            <source>&amp;Keep backups of open projects</source>
            <translation>&amp;Guardar copias de seguridad de los proyectos abiertos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="152" />
            <source>Leave empty for the default folder</source>
            <translation>Déjalo vacío para usar la carpeta predeterminada</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="153" />
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="155" />
            <source>S&amp;how</source>
            <translation>&amp;Mostrar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="156" />
            <source>Open the backup folder in the file manager</source>
            <translation>Abrir la carpeta de copias de seguridad en el gestor de archivos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="164" />
            <source>Older versions are deleted</source>
            <translation>Las versiones más antiguas se eliminan</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="167" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="169" />
            <source>Backup folder:</source>
            <translation>Carpeta de copias de seguridad:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="170" />
            <source>Versions to &amp;keep per project:</source>
            <translation>&amp;Versiones que conservar por proyecto:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="171" />
            <source>Back up &amp;every:</source>
            <translation>Copia &amp;cada:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="172" />
            <source>Projects are saved as you edit; backups let you go back to an earlier version of a file.</source>
            <translation>Los proyectos se guardan mientras editas; las copias de seguridad te permiten volver a una versión anterior de un archivo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/preferences_dialog.py" line="181" />
            <source>Backup folder</source>
            <translation>Carpeta de copias de seguridad</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="19" />
            <source>Preflight</source>
            <translation>Comprobación previa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="43" />
            <source>Nothing to check for this format.</source>
            <translation>Nada que comprobar en este formato.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="45" />
            <source>Smallest printed text: {size:.1f} pt.</source>
            <translation>Texto impreso más pequeño: {size:.1f} pt.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="47" />
            <source>{n} finding(s); the cards concerned are outlined in the preview.</source>
            <translation>{n} aviso(s); las tarjetas afectadas aparecen recuadradas en la vista previa.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/export_preflight.py" line="50" />
            <source>Nothing to report: the print is ready.</source>
            <translation>Nada que señalar: la impresión está lista.</translation>
        </message>
    </context>
    <context>
        <name>ProjectFiles</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="42" />
            <source>{0} already exists.

Replace it with the new project? Everything in the existing file will be lost.</source>
            <translation>{0} ya existe.

¿Reemplazarlo por el proyecto nuevo? Se perderá todo el contenido del archivo existente.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="55" />
            <source>Map Studio projects (*.mapstudio)</source>
            <translation>Proyectos de Map Studio (*.mapstudio)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="61" />
            <source>{0} is a folder.</source>
            <translation>{0} es una carpeta.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="72" />
            <source>Open project</source>
            <translation>Abrir proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="77" />
            <source>{0} is already open in another Map Studio window. Only one window at a time can change a project.</source>
            <translation>{0} ya está abierto en otra ventana de Map Studio. Solo una ventana a la vez puede modificar un proyecto.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="82" />
            <source>{0} cannot be changed here: the file or its disk is read-only.</source>
            <translation>{0} no se puede modificar aquí: el archivo o su disco es de solo lectura.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="90" />
            <source>Cannot open file</source>
            <translation>No se puede abrir el archivo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="99" />
            <source>Open read-only</source>
            <translation>Abrir en solo lectura</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="100" />
            <source>Open a copy…</source>
            <translation>Abrir una copia…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="109" />
            <source>Open a copy</source>
            <translation>Abrir una copia</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="128" />
            <source>Map Studio stopped while saving a change to {0}, and that unfinished change cannot be applied safely.

The file and its journal were left exactly as they are.</source>
            <translation>Map Studio se detuvo mientras guardaba un cambio en {0}, y ese cambio sin terminar no se puede aplicar con seguridad.

El archivo y su diario se dejaron exactamente como estaban.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="131" />
            <source>Cannot recover the last change</source>
            <translation>No se puede recuperar el último cambio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="138" />
            <source>The latest backup is from {0}.</source>
            <translation>La copia de seguridad más reciente es del {0}.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="139" />
            <location filename="../../src/mapstudio/ui/window/project_files.py" line="150" />
            <source>Open the latest backup</source>
            <translation>Abrir la copia de seguridad más reciente</translation>
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
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="29" />
            <source>Journey files (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;Map Studio JSON (*.json);;CSV (*.csv);;Mermaid journey (*.mmd *.mermaid);;EMS YAML (*.yaml *.yml)</source>
            <translation>Archivos de recorridos (*.json *.csv *.mmd *.mermaid *.yaml *.yml);;JSON de Map Studio (*.json);;CSV (*.csv);;Recorrido Mermaid (*.mmd *.mermaid);;YAML de EMS (*.yaml *.yml)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="42" />
            <source>{0} holds no maps.</source>
            <translation>{0} no contiene mapas.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="62" />
            <source>Add the {0} map(s) of {1} to this project, or make a new project of them?</source>
            <translation>¿Añadir los mapas de {1} ({0}) a este proyecto o crear con ellos un proyecto nuevo?</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="64" />
            <source>Add to this project</source>
            <translation>Añadir a este proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="65" />
            <source>New project…</source>
            <translation>Proyecto nuevo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="74" />
            <source>Import {0}</source>
            <translation>Importar {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/project_import.py" line="88" />
            <source>New project from import</source>
            <translation>Proyecto nuevo a partir de la importación</translation>
        </message>
    </context>
    <context>
        <name>ProjectSettingsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="44" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="147" />
            <source>Project settings</source>
            <translation>Ajustes del proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="54" />
            <source>e.g. your agency or team name</source>
            <translation>p. ej., el nombre de tu agencia o equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="59" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="60" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="69" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="70" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="71" />
            <source>Brand name</source>
            <translation>Nombre de la marca</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="72" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="118" />
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="124" />
            <source>Brand logo</source>
            <translation>Logotipo de la marca</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="74" />
            <source>Interface language</source>
            <translation>Idioma de la interfaz</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="80" />
            <source>The language of the words the map adds on screen and on paper: lane captions, badges, legend, footer</source>
            <translation>El idioma de las palabras que el mapa añade en pantalla y en papel: rótulos de carriles, etiquetas, leyenda, pie de página</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="83" />
            <source>Map language</source>
            <translation>Idioma del mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="84" />
            <source>Brand name and logo appear in the title block of printed and exported maps.</source>
            <translation>El nombre y el logotipo de la marca aparecen en el cajetín de los mapas impresos y exportados.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="102" />
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="115" />
            <source>{0}: larger than 64 MB</source>
            <translation>{0}: supera los 64 MB</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="125" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/project_settings_dialog.py" line="144" />
            <source>Edit project settings</source>
            <translation>Editar los ajustes del proyecto</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatus</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="92" />
            <source>Review overdue</source>
            <translation>Revisión vencida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="94" />
            <source>Past their review date: {0}</source>
            <translation>Pasada su fecha de revisión: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/review_status.py" line="105" />
            <source>Review overdue since {0}</source>
            <translation>Revisión vencida desde el {0}</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="29" />
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="64" />
            <source>Save as template</source>
            <translation>Guardar como plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="35" />
            <source>When to use it, for which client or industry (optional)</source>
            <translation>Cuándo usarla, para qué cliente o sector (opcional)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="44" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="45" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/save_template_dialog.py" line="46" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
    </context>
    <context>
        <name>SaveVersionDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="42" />
            <source>Save version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="44" />
            <source>e.g. After the client workshop</source>
            <translation>p. ej., Tras el taller con el cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="46" />
            <source>What changed, who agreed it (optional)</source>
            <translation>Qué cambió y quién lo aprobó (opcional)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="49" />
            <source>Name</source>
            <translation>Nombre</translation>
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
            <translation>Escala emocional</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="42" />
            <source>Optional: one label per step, comma-separated</source>
            <translation>Opcional: una etiqueta por nivel, separadas por comas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="49" />
            <source>Preset</source>
            <translation>Predefinida</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="50" />
            <source>Lowest score</source>
            <translation>Puntuación mínima</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="51" />
            <source>Highest score</source>
            <translation>Puntuación máxima</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="52" />
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/scale_dialog.py" line="53" />
            <source>Existing scores keep their place on the new scale.</source>
            <translation>Las puntuaciones existentes conservan su lugar en la nueva escala.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="47" />
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="56" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="50" />
            <source>Filter by action or key…</source>
            <translation>Filtrar por acción o tecla…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="53" />
            <source>Filter shortcuts</source>
            <translation>Filtrar atajos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="55" />
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/shortcuts_dialog.py" line="57" />
            <source>Each action and the keys that run it</source>
            <translation>Cada acción y las teclas que la ejecutan</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="198" />
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation>Mapas del recorrido del cliente, sin conexión. Empieza con una plantilla, abre un proyecto o prueba la demo.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="210" />
            <source>New from template…</source>
            <translation>Nuevo desde plantilla…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="211" />
            <source>Start from an industry template</source>
            <translation>Empezar con una plantilla del sector</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="213" />
            <source>New blank project…</source>
            <translation>Nuevo proyecto en blanco…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="214" />
            <source>Start with an empty starter map</source>
            <translation>Empezar con un mapa inicial vacío</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open…</source>
            <translation>Abrir…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="216" />
            <source>Open a .mapstudio project file</source>
            <translation>Abrir un archivo de proyecto .mapstudio</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="218" />
            <source>Open demo</source>
            <translation>Abrir la demo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="219" />
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation>Un recorrido hipotecario para explorar: es tu copia, edítala con libertad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="234" />
            <source>Recent projects</source>
            <translation>Proyectos recientes</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="256" />
            <source>Double-click to open; right-click for more</source>
            <translation>Doble clic para abrir; clic derecho para más opciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="257" />
            <source>Projects you open or create will appear here.</source>
            <translation>Aquí aparecerán los proyectos que abras o crees.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="338" />
            <source>{0}
Last changed {1}</source>
            <translation>{0}
Último cambio: {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="369" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/start_screen.py" line="370" />
            <source>Remove from the list</source>
            <translation>Quitar de la lista</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="52" />
            <source>New from template</source>
            <translation>Nuevo desde plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="67" />
            <source>Search templates, industries, personas…</source>
            <translation>Buscar plantillas, sectores, personas…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="74" />
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="75" />
            <source>Map type</source>
            <translation>Tipo de mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="76" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="112" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="316" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="323" />
            <source>Delete template</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="113" />
            <source>Remove this template from My templates</source>
            <translation>Quitar esta plantilla de Mis plantillas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="134" />
            <source>Create project</source>
            <translation>Crear proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="136" />
            <source>Add map to this project</source>
            <translation>Añadir el mapa a este proyecto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="158" />
            <source>All industries</source>
            <translation>Todos los sectores</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="161" />
            <source>All map types</source>
            <translation>Todos los tipos de mapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Current state</source>
            <translation>Estado actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Future state</source>
            <translation>Estado futuro</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="163" />
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="252" />
            <source>Day in the life</source>
            <translation>Un día en la vida</translation>
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
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="206" />
            <source>No template matches</source>
            <translation>Ninguna plantilla coincide</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="208" />
            <source>Clear the search or pick another filter.</source>
            <translation>Borra la búsqueda o elige otro filtro.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="245" />
            <source>{0} stages · {1} lanes · {2} cards</source>
            <translation>{0} etapas · {1} carriles · {2} tarjetas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/start/template_gallery.py" line="317" />
            <source>Delete “{0}” from My templates?</source>
            <translation>¿Eliminar «{0}» de Mis plantillas?</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="72" />
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="84" />
            <source>Changes since this version:</source>
            <translation>Cambios desde esta versión:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="90" />
            <source>Save version…</source>
            <translation>Guardar versión…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="91" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="92" />
            <source>Compare with current</source>
            <translation>Comparar con la actual</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="93" />
            <source>Mark on the map the cards added, changed and moved since this version</source>
            <translation>Marcar en el mapa las tarjetas añadidas, cambiadas y movidas desde esta versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="96" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="97" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="143" />
            <source>No versions yet. Save one before a workshop or a big change, and come back to it at any time.</source>
            <translation>Aún no hay versiones. Guarda una antes de un taller o de un cambio importante y vuelve a ella cuando quieras.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="154" />
            <source>No changes.</source>
            <translation>Sin cambios.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="161" />
            <source>Save version “{0}”</source>
            <translation>Guardar la versión «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="171" />
            <source>Save version</source>
            <translation>Guardar versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="178" />
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="194" />
            <source>Restore version</source>
            <translation>Restaurar versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="179" />
            <source>Bring the whole project back to “{0}”? The project as it is now is saved as a version first, and Undo reverses the restore.</source>
            <translation>¿Devolver todo el proyecto a «{0}»? El proyecto tal como está ahora se guarda antes como versión, y Deshacer revierte la restauración.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="183" />
            <source>Restore version “{0}”</source>
            <translation>Restaurar la versión «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="189" />
            <source>Before restoring “{0}”</source>
            <translation>Antes de restaurar «{0}»</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="213" />
            <source>Delete version</source>
            <translation>Eliminar versión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="214" />
            <source>Delete the version “{0}”? Edit ▸ Undo brings it back.</source>
            <translation>¿Eliminar la versión «{0}»? Editar ▸ Deshacer la recupera.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/dialogs/versions_dialog.py" line="218" />
            <source>Delete version “{0}”</source>
            <translation>Eliminar la versión «{0}»</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="88" />
            <source>Walkthrough — {0}</source>
            <translation>Recorrido guiado — {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="126" />
            <source>‹ Previous</source>
            <translation>‹ Anterior</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="127" />
            <source>Next ›</source>
            <translation>Siguiente ›</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="132" />
            <source>← → move between stages · Home/End first and last · Esc leaves</source>
            <translation>← → cambiar de etapa · Inicio/Fin: primera y última · Esc: salir</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="184" />
            <source>This map has no stages yet</source>
            <translation>Este mapa aún no tiene etapas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough.py" line="195" />
            <source>Stage {0} of {1}</source>
            <translation>Etapa {0} de {1}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="153" />
            <source>How it feels</source>
            <translation>Cómo se siente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="166" />
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="169" />
            <source>No feeling mapped for this stage yet</source>
            <translation>Aún no hay emociones para esta etapa</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="188" />
            <source>Today: {0}</source>
            <translation>Hoy: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="189" />
            <source>Target: {0}</source>
            <translation>Objetivo: {0}</translation>
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
            <translation>Esta etapa aún no tiene tarjetas.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Touchpoints</source>
            <translation>Puntos de contacto</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Thoughts</source>
            <translation>Pensamientos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Emotions</source>
            <translation>Emociones</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Pain points</source>
            <translation>Puntos de dolor</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Backstage</source>
            <translation>Trastienda</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Systems</source>
            <translation>Sistemas</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Storyboard</source>
            <translation>Guion gráfico</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_stage.py" line="266" />
            <source>Owners</source>
            <translation>Responsables</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="182" />
            <source>target {0}</source>
            <translation>objetivo {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="213" />
            <source>Owner: {0}</source>
            <translation>Responsable: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="221" />
            <source>★ Moment of truth</source>
            <translation>★ Momento de la verdad</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="225" />
            <source>Severity {0}</source>
            <translation>Gravedad {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="227" />
            <source>Impact {0}</source>
            <translation>Impacto {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/walkthrough/walkthrough_widgets.py" line="229" />
            <source>Effort {0}</source>
            <translation>Esfuerzo {0}</translation>
        </message>
    </context>
    <context>
        <name>WindowLayout</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="36" />
            <source>&amp;Focus mode</source>
            <translation>Modo &amp;concentración</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="39" />
            <source>Hide the panels to give the map the whole window; again to bring them back</source>
            <translation>Oculta los paneles para dar al mapa toda la ventana; otra vez para recuperarlos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/window_layout.py" line="149" />
            <source>Focus mode: F11 brings the panels back</source>
            <translation>Modo concentración: F11 recupera los paneles</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="56" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="188" />
            <source>Open workspace project</source>
            <translation>Abrir proyecto del espacio de equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="59" />
            <source>Workspace URL</source>
            <translation>URL del espacio de equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="60" />
            <source>&amp;List projects</source>
            <translation>&amp;Listar proyectos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="63" />
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="65" />
            <source>Passwords come from your .pgpass file, the PostgreSQL service file or the system keychain.</source>
            <translation>Las contraseñas se toman del archivo .pgpass, del archivo de servicios de PostgreSQL o del llavero del sistema.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="77" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="126" />
            <source>Workspace:</source>
            <translation>Espacio de equipo:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="98" />
            <source> — open by {0}</source>
            <translation> — abierto por {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="102" />
            <source>Projects: {0}</source>
            <translation>Proyectos: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="103" />
            <source>No projects yet: publish one with File ▸ Publish to workspace…</source>
            <translation>Aún no hay proyectos: publica uno con Archivo ▸ Publicar en el espacio de equipo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="121" />
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="266" />
            <source>Publish to workspace</source>
            <translation>Publicar en el espacio de equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="127" />
            <source>Project name:</source>
            <translation>Nombre del proyecto:</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="145" />
            <source>Open &amp;workspace project…</source>
            <translation>Abrir proyecto del &amp;espacio de equipo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="146" />
            <source>Open a project shared on a team workspace (PostgreSQL)</source>
            <translation>Abrir un proyecto compartido en un espacio de equipo (PostgreSQL)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="149" />
            <source>&amp;Publish to workspace…</source>
            <translation>&amp;Publicar en el espacio de equipo…</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="150" />
            <source>Copy this project into a team workspace</source>
            <translation>Copiar este proyecto a un espacio de equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="201" />
            <source>Read-only: your role may only read this workspace</source>
            <translation>Solo lectura: tu rol solo puede leer este espacio de equipo</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="237" />
            <source>Offline</source>
            <translation>Sin conexión</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="243" />
            <source>Also on this map: {0}</source>
            <translation>También en este mapa: {0}</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="245" />
            <source>Other people who have this map open now (their workspace user names)</source>
            <translation>Otras personas que tienen este mapa abierto ahora (sus nombres de usuario en el espacio de equipo)</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="263" />
            <source>Choose a project name without '#'.</source>
            <translation>Elige un nombre de proyecto sin '#'.</translation>
        </message>
        <message>
            <location filename="../../src/mapstudio/ui/window/workspace_features.py" line="270" />
            <source>Published as {0} — File ▸ Open workspace project… opens it</source>
            <translation>Publicado como {0}: Archivo ▸ Abrir proyecto del espacio de equipo… lo abre</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Your project is safe: every change is saved in the file as you make it. You can keep working, but if something looks wrong, reopen the project.</source>
            <translation type="vanished">Tu proyecto está a salvo: cada cambio se guarda en el archivo en cuanto lo haces. Puedes seguir trabajando, pero si algo no parece correcto, vuelve a abrir el proyecto.</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Ads</source>
            <translation type="vanished">Anuncios</translation>
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
            <translation type="vanished">Correo electrónico</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>In person</source>
            <translation type="vanished">En persona</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Kiosk</source>
            <translation type="vanished">Quiosco</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mail</source>
            <translation type="vanished">Correo postal</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Mobile app</source>
            <translation type="vanished">Aplicación móvil</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Partner</source>
            <translation type="vanished">Socio</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Phone</source>
            <translation type="vanished">Teléfono</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Search</source>
            <translation type="vanished">Buscador</translation>
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
            <translation type="vanished">Redes sociales</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Store</source>
            <translation type="vanished">Tienda</translation>
        </message>
    </context>
    <context>
        <name>InspectorDock</name>
        <message>
            <source>Video</source>
            <translation type="vanished">Vídeo</translation>
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
            <translation type="vanished">Mapa</translation>
        </message>
    </context>
    <context>
        <name>JourneyFeatures</name>
        <message>
            <source>View</source>
            <translation type="vanished">Ver</translation>
        </message>
    </context>
    <context>
        <name>Layout</name>
        <message>
            <source>{0} — {1} sheets of {2} ({3} rows × {4} columns), poster {5} × {6} mm, overlap {7} mm</source>
            <translation type="vanished">{0} — {1} hojas {2} ({3} filas × {4} columnas), póster de {5} × {6} mm, solape de {7} mm</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Offline customer-journey maps.&lt;br&gt;&lt;br&gt;Fonts: DejaVu Sans (Bitstream Vera licence).&lt;br&gt;Icons: Font Awesome Free via QtAwesome (SIL OFL 1.1 / MIT).</source>
            <translation type="vanished">&lt;b&gt;Map Studio&lt;/b&gt; {0}&lt;br&gt;Mapas del recorrido del cliente, sin conexión.&lt;br&gt;&lt;br&gt;Fuentes: DejaVu Sans (licencia Bitstream Vera).&lt;br&gt;Iconos: Font Awesome Free a través de QtAwesome (SIL OFL 1.1 / MIT).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>About Map Studio</source>
            <translation type="vanished">Acerca de Map Studio</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cannot open file</source>
            <translation type="vanished">No se puede abrir el archivo</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Light or dark windows; maps always print on white</source>
            <translation type="vanished">Ventanas claras u oscuras; los mapas siempre se imprimen sobre blanco</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Import map</source>
            <translation type="vanished">Importar mapa</translation>
        </message>
    </context>
    <context>
        <name>ProjectImport</name>
        <message>
            <source>Map Studio projects (*.mapstudio)</source>
            <translation type="vanished">Proyectos de Map Studio (*.mapstudio)</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Customer-journey maps on your own computer.</source>
            <translation type="vanished">Mapas del recorrido del cliente en tu propio ordenador.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Explore a finished example project</source>
            <translation type="vanished">Explora un proyecto de ejemplo terminado</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Start a project from the template gallery</source>
            <translation type="vanished">Empezar un proyecto desde la galería de plantillas</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Industry: {0}</source>
            <translation type="vanished">Sector: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Language: {0}</source>
            <translation type="vanished">Idioma: {0}</translation>
        </message>
    </context>
    <context>
        <name>TemplateGalleryDialog</name>
        <message>
            <source>Map type: {0}</source>
            <translation type="vanished">Tipo de mapa: {0}</translation>
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
            <translation type="vanished">¿Eliminar la versión «{0}»? No se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>WalkthroughWindow</name>
        <message>
            <source>← → to move between stages · Esc to leave</source>
            <translation type="vanished">← → para moverte entre etapas · Esc para salir</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>A mortgage journey to explore; your copy, freely editable</source>
            <translation type="vanished">Un recorrido hipotecario para explorar: es tu copia, edítala con libertad</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Customer-journey maps, offline. Start from a template, open a project or try the demo.</source>
            <translation type="vanished">Mapas del recorrido del cliente, sin conexión. Empieza con una plantilla, abre un proyecto o prueba la demo.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New blank project…</source>
            <translation type="vanished">Proyecto en blanco…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>New from template…</source>
            <translation type="vanished">Nuevo desde plantilla…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>No recent projects yet. Projects you open or create appear here.</source>
            <translation type="vanished">Aún no hay proyectos recientes. Aquí aparecen los proyectos que abras o crees.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open a .mapstudio project</source>
            <translation type="vanished">Abrir un proyecto .mapstudio</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open demo</source>
            <translation type="vanished">Abrir la demo</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Open…</source>
            <translation type="vanished">Abrir…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Recent projects</source>
            <translation type="vanished">Proyectos recientes</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start from an industry template</source>
            <translation type="vanished">Empezar con una plantilla del sector</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Start with an empty starter map</source>
            <translation type="vanished">Empezar con un mapa inicial vacío</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Open by: {0}</source>
            <translation type="vanished">Abierto por: {0}</translation>
        </message>
    </context>
</TS>
