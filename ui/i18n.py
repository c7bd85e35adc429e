"""The interface's language: English as written, or Simplified Chinese from our translation.

The user chooses "system" (follow the computer's language), "en" or "zh_CN"; the choice is
read once at start, so a change applies when Process Workbench restarts. Texts that come
from `workbench/` (findings, measures, KPI presets, checklist gaps) are rendered with the
domain's own catalogue (`workbench.i18n`) in the interface's language, never through Qt's:
each string has one translation.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from workbench.i18n import Msg, Translator
from workbench.i18n import translator as domain_catalogue
from workbench.kpi_catalogue import KpiPreset
from workbench.measures import MeasureDef
from workbench.model import TimeUnit

SYSTEM = "system"
LANGUAGES = (SYSTEM, "en", "zh_CN")  # what the preference may hold
TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def resolve_language(preference: str, system: QLocale | None = None) -> str:
    """The language to show: the preference, or for "system" the nearest one we have."""
    if preference in LANGUAGES and preference != SYSTEM:
        return preference
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's own (standard buttons, file dialogs) for `language`.

    Returns the installed translators; the caller keeps them alive as long as the app.
    English needs none: the source strings are English.
    """
    for translator in getattr(app, "_workbench_translators", []):
        app.removeTranslator(translator)
    installed: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"process_workbench_{language}", str(TRANSLATIONS)),
            (f"qtbase_{language}", qt_folder),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
    app._workbench_translators = installed  # type: ignore[attr-defined]
    return installed


def current_language(app: QCoreApplication | None = None) -> str:
    """The language whose translation is installed now ("en" when none is)."""
    app = app or QCoreApplication.instance()
    for translator in getattr(app, "_workbench_translators", []):
        if translator.language():
            return translator.language().replace("-", "_")
    return "en"


class LanguageMenu(QObject):
    """View ▸ Language: the choice is saved and takes effect at the next start."""

    def __init__(self, window) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.menu = window.view_menu.addMenu(self.tr("&Language"))
        self.group = QActionGroup(self)
        chosen = window.settings.language()
        # Each language is named in its own words, so a user can find theirs in any interface.
        for code, name in (
            (SYSTEM, self.tr("Same as the System")),
            ("en", "English"),
            ("zh_CN", "简体中文"),
        ):
            action = QAction(name, self.group)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.menu.addAction(action)
        self.menu.addSeparator()
        note = self.menu.addAction(self.tr("Takes effect when Process Workbench restarts"))
        note.setEnabled(False)

    def choose(self, language: str) -> None:
        settings = self.window.settings
        if language == settings.language():
            return
        settings.set_language(language)
        settings.sync()
        self.window.statusBar().showMessage(
            self.tr("The language changes when Process Workbench restarts."), 10000
        )


_MNEMONIC = re.compile(r"\(&\w\)")
_BRACKETED_LETTER = re.compile(r"\(&?[A-Za-z0-9]\)")


def tidy_toolbar_texts(toolbars) -> None:  # noqa: ANN001 - QToolBar instances
    """A toolbar button shows "新建", not "新建(N)": Qt drops only the "&" of a menu text,
    and Chinese menus put the mnemonic letter in brackets."""
    for toolbar in toolbars:
        for action in toolbar.actions():
            if _MNEMONIC.search(action.text()):
                action.setIconText(_MNEMONIC.sub("", action.text()).rstrip("…"))


def without_mnemonic(text: str) -> str:
    """A menu text as plain words: "&File", "文件(&F)" and Qt's button text "文件(F)" of it
    all lose their mnemonic."""
    return _BRACKETED_LETTER.sub("", text).replace("&", "").rstrip("…").strip()


def unit_abbreviation(unit: TimeUnit | str) -> str:
    """A duration's unit as written after a number on the canvas and in the measures."""
    return domain_translator()(TimeUnit(unit).value)  # the report's abbreviation too


# Texts from workbench/, rendered by the domain's catalogue in the interface's language ----


def domain_translator() -> Translator:
    return domain_catalogue(current_language())


def domain_text(value: object) -> str:
    """A finding's message, a checklist gap, a note: in the interface's language."""
    return domain_translator().render(value)


def error_text(error: Exception) -> str:
    """Why something failed, in the interface's language where the domain said it in words
    of its catalogue (a file that cannot be opened, an edit that is refused)."""
    tr = domain_translator()
    in_words = getattr(error, "in_words", None)
    if callable(in_words):
        return in_words(tr)
    first = error.args[0] if error.args else None
    return tr.render(first) if isinstance(first, Msg) else str(error)


def measure_name(measure: MeasureDef) -> str:
    return domain_translator()(measure.name)


def measure_description(measure: MeasureDef) -> str:
    return domain_translator()(measure.description)


def translated_preset(preset: KpiPreset) -> KpiPreset:
    """The preset in the user's language: its menu entry, and the KPI it adds."""
    tr = domain_translator()

    return replace(
        preset,
        name=tr(preset.name),
        definition=tr(preset.definition),
        formula=tr(preset.formula),
        where=tr(preset.where),
    )
