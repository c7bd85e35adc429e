"""Starting the workbench window: `process-workbench [FILE]`."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translators, resolve_language
from ui.settings import APPLICATION, ORGANIZATION, EditorSettings


def create_application(
    argv: Sequence[str] = (), settings: EditorSettings | None = None
) -> QApplication:
    """The application, speaking the language the user chose (or the system's)."""
    app = QApplication.instance() or QApplication(
        [sys.argv[0] if sys.argv else "process-workbench", *argv]
    )
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    preference = (settings or EditorSettings()).language()
    install_translators(app, resolve_language(preference))
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window, with FILE if given; offer to restore work a crash left unsaved."""
    from ui.main_window import MainWindow  # after QApplication exists

    args = list(sys.argv[1:] if argv is None else argv)
    app = create_application()
    window = MainWindow()
    window.show()
    if args:
        QTimer.singleShot(0, lambda: window.files.open_path(args[0], ask_to_save=False))
    else:
        QTimer.singleShot(0, window.files.offer_recovery)
    code = app.exec()
    _release_clipboard(app)
    return code


def _release_clipboard(app: QApplication) -> None:
    """Leave only plain text on the clipboard: Qt crashes on exit while it still holds
    data we put there, and other programs can only use the text anyway."""
    clipboard = app.clipboard()
    data = clipboard.mimeData()
    if data is not None and any(f.startswith("application/x-") for f in data.formats()):
        text = clipboard.text()
        clipboard.clear()
        if text:
            clipboard.setText(text)


if __name__ == "__main__":
    sys.exit(main())
