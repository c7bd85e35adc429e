"""Form fields shared by the panels: each shows one model value and reports user edits.

Every field has `display(value)`, which writes the model's value into the widget only when it
differs from what the widget already means (so the cursor stays put while the user types)
and does so under a `QSignalBlocker` (so nothing echoes back as a new command), and an
`edited` signal that fires only for the user's own edits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ui.i18n import domain_translator
from workbench.i18n import SEPARATORS

MIXED = object()  # shown by a field when a multi-selection holds different values

_INVALID_STYLE = "border: 1px solid #c0392b;"


class TextField(QLineEdit):
    """One line of text; `edited` fires on each keystroke (the commands merge them)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typing = False  # the user is writing here: the cursor stays where they are
        self.textEdited.connect(self.edited)
        self.textEdited.connect(lambda _text: setattr(self, "_typing", True))
        self.editingFinished.connect(lambda: setattr(self, "_typing", False))

    def display(self, value: Any) -> None:
        if value is MIXED:
            value, placeholder = "", self.tr("(several values)")
        else:
            placeholder = ""
        self.setPlaceholderText(placeholder)
        if self.text() != value:
            _load_text(self, value, self._typing)


class ParsedField(QLineEdit):
    """Text that means a value (a number, a date, a list); only valid text is reported.

    `parse` turns text into a value or raises ValueError with the reason; `format` goes back.
    While the text does not parse the field is outlined in red and says why in its tooltip.
    """

    edited = Signal(object)

    def __init__(
        self,
        parse: Callable[[str], Any],
        format: Callable[[Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse, self._format = parse, format
        self._typing = False
        self.textEdited.connect(self._on_text_edited)
        self.editingFinished.connect(lambda: setattr(self, "_typing", False))

    def value(self) -> Any:
        return self._parse(self.text())

    def _on_text_edited(self, text: str) -> None:
        self._typing = True
        try:
            value = self._parse(text)
        except ValueError as problem:
            self.setStyleSheet(_INVALID_STYLE)
            self.setToolTip(str(problem))
            return
        self._mark_valid()
        self.edited.emit(value)

    def _mark_valid(self) -> None:
        self.setStyleSheet("")
        self.setToolTip("")

    def display(self, value: Any) -> None:
        try:
            if self._parse(self.text()) == value:
                return
        except ValueError:
            pass
        _load_text(self, self._format(value), self._typing)
        self._mark_valid()


def _load_text(field: QLineEdit, text: str, typing: bool) -> None:
    """Show the model's text without echoing it back as an edit; a text loaded while the
    user is not writing in the field shows its beginning (Qt would show its end)."""
    with QSignalBlocker(field):
        field.setText(text)
    if not (typing or field.hasFocus()):
        field.setCursorPosition(0)


class MultiLineField(QPlainTextEdit):
    """Several lines (a script, rules, a description)."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(height)
        self.setMaximumHeight(height * 2)
        self.textChanged.connect(lambda: self.edited.emit(self.toPlainText()))

    def display(self, value: Any) -> None:
        if value is MIXED:
            value = ""
        if self.toPlainText() != value:
            with QSignalBlocker(self):
                self.setPlainText(value)


class ChoiceField(QComboBox):
    """A choice among labelled values; `MIXED` shows an extra "several values" entry.

    The values are kept in Python, not as item data: Qt would turn an enum into a plain
    string, and the model compares kinds by identity.
    """

    edited = Signal(object)

    def __init__(
        self, choices: Sequence[tuple[str, Any]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._values: list[Any] = []
        self.set_choices(choices)
        self.currentIndexChanged.connect(self._on_index_changed)

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        """Replace the entries, keeping the current value where it still exists."""
        current = self.value()
        with QSignalBlocker(self):
            self.clear()
            self._values = []
            for label, value in choices:
                self.addItem(label)
                self._values.append(value)
            self.setCurrentIndex(max(self.index_of(current), 0))

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: Any) -> int:
        for index, candidate in enumerate(self._values):
            if candidate is not MIXED and candidate == value:
                return index
        return -1

    def _on_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._values) and self._values[index] is not MIXED:
            self.edited.emit(self._values[index])

    def display(self, value: Any) -> None:
        with QSignalBlocker(self):
            mixed = self.index_of_mixed()
            if value is MIXED:
                if mixed < 0:
                    self.insertItem(0, self.tr("(several values)"))
                    self._values.insert(0, MIXED)
                    mixed = 0
                self.setCurrentIndex(mixed)
                return
            if mixed >= 0:
                self.removeItem(mixed)
                del self._values[mixed]
            index = self.index_of(value)
            if index != self.currentIndex():
                self.setCurrentIndex(index)

    def index_of_mixed(self) -> int:
        return next((i for i, v in enumerate(self._values) if v is MIXED), -1)


class FlagField(QCheckBox):
    """A yes/no flag (fail point, customer-centred)."""

    edited = Signal(bool)

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.edited)

    def display(self, value: Any) -> None:
        if self.isChecked() != bool(value):
            with QSignalBlocker(self):
                self.setChecked(bool(value))


class ErrorLabel(QLabel):
    """Where a refused edit says why, in the panel itself: never a dialog, never a traceback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #c0392b;")
        self.setVisible(False)

    def show_error(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))

    def clear_error(self) -> None:
        self.show_error("")


def form_layout() -> QFormLayout:
    """A form that wraps long labels instead of squeezing the fields in a narrow dock."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(form.labelAlignment())
    return form


# ------------------------------------------------------------------ parsers


def parse_optional_number(text: str, scale: float = 1.0) -> float | None:
    """Empty means "not set"; a comma is accepted as the decimal mark."""
    text = text.strip().rstrip("%").strip()
    if not text:
        return None
    try:
        return float(text.replace(",", ".")) / scale
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None


def format_optional_number(value: float | None, scale: float = 1.0) -> str:
    if value is None:
        return ""
    return f"{value * scale:g}"


def parse_optional_int(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a whole number") from None


def parse_months(text: str) -> int:
    """A review interval in whole months, at least one."""
    months = parse_optional_int(text)
    if months is None or months < 1:
        raise ValueError(f"{text.strip()!r} is not a number of months from 1")
    return months


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed with English or Chinese commas; blanks and repeats dropped."""
    return tuple(dict.fromkeys(t.strip() for t in _TAG_SEPARATORS.split(text) if t.strip()))


def format_tags(tags: tuple[str, ...]) -> str:
    """Tags in a row with the interface language's separator (a、b / a, b)."""
    english, chinese = SEPARATORS["list"]
    return (chinese if domain_translator().chinese else english).join(tags)


_TAG_SEPARATORS = re.compile(r"[,，、;；]")


def parse_iso_date(text: str) -> str:
    """A review date as YYYY-MM-DD, or empty."""
    from datetime import date

    text = text.strip()
    if not text:
        return ""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2027-06-30") from None


def number_field(scale: float = 1.0, parent: QWidget | None = None) -> ParsedField:
    return ParsedField(
        lambda text: parse_optional_number(text, scale),
        lambda value: format_optional_number(value, scale),
        parent,
    )


class CheckListField(QListWidget):
    """Pick several of a list (the goal's KPIs, an activity's steps) by ticking them."""

    edited = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options: list[tuple[str, str]] = []
        self.setMaximumHeight(120)
        self.itemChanged.connect(lambda _item: self.edited.emit(self.checked()))

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """(label, id) pairs; rebuilt only when they change, so ticking keeps its place."""
        if options == self._options:
            return
        checked = set(self.checked())
        self._options = list(options)
        with QSignalBlocker(self):
            self.clear()
            for label, option_id in options:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, option_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if option_id in checked else Qt.CheckState.Unchecked
                )
                self.addItem(item)

    def checked(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() is Qt.CheckState.Checked
        )

    def display(self, value: tuple[str, ...]) -> None:
        chosen = set(value)
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                want = item.data(Qt.ItemDataRole.UserRole) in chosen
                state = Qt.CheckState.Checked if want else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
