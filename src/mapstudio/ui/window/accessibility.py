"""Accessible names and descriptions for every control of the window and its dialogs.

Screen readers announce a control by its accessible name. Qt derives one for buttons
with text and for actions' tool buttons, but not for icon-only buttons, lists, spin boxes,
line edits or combo boxes. Controls we build name themselves where a label would not say
enough; for the rest, `Namer` (an application event filter) names each control the first
time it is shown, from what a sighted user reads next to it: its form label or buddy, its
placeholder, its tooltip, or the title of the panel it fills. The tooltip, when it says
more than the name, becomes the description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
               QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QTabBar)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":")


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology gets for `widget` (Qt's own derivation included)."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def is_interactive(widget: QWidget) -> bool:
    """A control a user operates (not a part Qt builds inside another control)."""
    focusable = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.isWindow() \
        and isinstance(widget, QAbstractScrollArea)
    if not (isinstance(widget, INTERACTIVE) or focusable) or isinstance(
            widget, (QScrollBar, QHeaderView)):  # parts of their scroll area or table
        return False
    if isinstance(widget, QTabBar) and widget.count() == 0:
        return False  # the main window keeps one per dock area, empty while none is tabbed
    parent = widget.parentWidget()
    # the line edit inside a spin box or an editable combo box is the same control
    return not isinstance(parent, (QAbstractSpinBox, QComboBox))


def _form_label(widget: QWidget) -> str:
    """The text of the form row label `widget` (or a layout holding it) stands in."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), QLabel):
                    continue
                inner = field.widget() or field.layout()
                if inner is widget or (isinstance(inner, QWidget) and inner.isAncestorOf(
                        widget)) or (isinstance(inner, QLayout) and _holds(inner, widget)):
                    return _plain(label.widget().text())
        parent = parent.parentWidget()
    return ""


def _holds(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget or (item.layout() is not None and _holds(item.layout(),
                                                                             widget)):
            return True
    return False


def _buddy_label(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return _plain(label.text())
    return ""


def _dock_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return _plain(parent.windowTitle()) if parent is not None else ""


def derive_name(widget: QWidget) -> str:
    tip = widget.toolTip().split("\n")[0].strip()
    for text in (_buddy_label(widget), _form_label(widget),
                 widget.placeholderText() if isinstance(widget, QLineEdit) else "", tip,
                 widget.statusTip()):
        if text:
            return text
    title = _dock_title(widget)
    if title and isinstance(widget, QAbstractItemView):
        return QApplication.translate("Accessibility", "{0} list").format(title)
    if title:
        return title  # a scrolling panel: named after its dock
    heading = _preceding_label(widget)
    if heading:
        return heading
    window_title = _plain(widget.window().windowTitle())
    if isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.isReadOnly():
        return window_title  # the text a dialog is there to show
    if isinstance(widget, QAbstractItemView) and window_title and widget.window() is not \
            widget:  # the list a dialog is about
        return QApplication.translate("Accessibility", "{0} list").format(window_title)
    return ""


def _preceding_label(widget: QWidget) -> str:
    """The text of a label just above `widget` in its layout (a heading for it)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    index = layout.indexOf(widget)
    for i in range(index - 1, -1, -1):
        item = layout.itemAt(i).widget()
        if isinstance(item, QLabel) and item.text() and item.isVisibleTo(parent):
            return _plain(item.text())
        if item is not None:
            return ""
    return ""


def name_control(widget: QWidget) -> None:
    """Give `widget` a name (and a description) if assistive technology would get none."""
    if not is_interactive(widget):
        return
    # Qt names a combo box by its current value: the label says what it chooses
    if not accessible_name(widget) or (isinstance(widget, QComboBox)
                                       and not widget.accessibleName()):
        name = derive_name(widget)
        if name:
            widget.setAccessibleName(name)
    tip = widget.toolTip().strip()
    if tip and not widget.accessibleDescription() and tip != accessible_name(widget):
        widget.setAccessibleDescription(tip)


def name_controls(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        name_control(widget)


class Namer(QObject):
    """Names controls as they are first shown, in every window of the application."""

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget):
            if obj.isWindow():
                name_controls(obj)
            else:
                name_control(obj)
        return False


def name_window_controls(window: QWidget) -> None:
    """Name what the window holds now, and whatever it and its dialogs show later."""
    app = QApplication.instance()
    if app.property("mapstudioNamer") is None:
        namer = Namer(app)
        app.installEventFilter(namer)
        app.setProperty("mapstudioNamer", namer)
    name_controls(window)
