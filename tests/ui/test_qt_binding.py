"""The Qt binding must keep Python's reference counts right: PySide6 6.12.0 dropped a
reference to None on every Qt call returning void, and Python < 3.12 then aborts."""

import sys

from PySide6.QtCore import QObject


def test_qt_calls_do_not_leak_references_to_none():
    probe = QObject()
    probe.setObjectName("warm-up")
    before = sys.getrefcount(None)
    for _ in range(2000):
        probe.setObjectName("probe")
    assert abs(sys.getrefcount(None) - before) < 50
