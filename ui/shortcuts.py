"""Keyboard shortcuts that must work the same on every desktop.

Qt asks the desktop for the standard keys, and desktops differ: GNOME and KDE give Redo
only Ctrl+Shift+Z, Windows only Ctrl+Y. Users from either world press their own key, so
Redo answers to both, and each key is bound once (a key bound twice to one action is
"ambiguous" to Qt, and then it does nothing at all).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def platform_bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The keys this desktop binds to a standard action."""
    return list(QKeySequence.keyBindings(key))


def unique_keys(keys: list[QKeySequence]) -> list[QKeySequence]:
    """The keys in order, each once; empty sequences dropped."""
    seen: set[str] = set()
    result = []
    for key in keys:
        text = key.toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in seen:
            seen.add(text)
            result.append(key)
    return result


def redo_shortcuts() -> list[QKeySequence]:
    """Ctrl+Y and Ctrl+Shift+Z first (the shown one is Ctrl+Y), then the desktop's own."""
    ours = [QKeySequence(text) for text in REDO_KEYS]
    return unique_keys(ours + platform_bindings(QKeySequence.StandardKey.Redo))
