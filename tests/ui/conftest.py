"""Shared fixtures for the editor's tests: a small service flow and a snapshot helper."""

from __future__ import annotations

import copy

import pytest

from workbench.builder import VersionBuilder
from workbench.document import Document
from workbench.model import LaneKind, Metadata


def snapshot(document: Document) -> Document:
    """A detached deep copy, compared with `==` to prove undo restored everything."""
    return Document(
        metadata=document.metadata,
        segments=document.segments,
        versions=copy.deepcopy(document.versions),
        simulation=document.simulation,
    )


def installation_flow() -> tuple[Document, dict[str, str]]:
    """Customer calls, the agent books a visit, the customer waits: three lanes, one decision."""
    b = VersionBuilder("As-is", version_id="v1")
    ids = {
        "customer": b.lane("Customer", LaneKind.CUSTOMER),
        "agent": b.lane("CSR", LaneKind.FRONTSTAGE),
        "installer": b.lane("Installer", LaneKind.BACKSTAGE),
    }
    ids["start"] = b.start(ids["customer"], "Calls hotline")
    ids["explain"] = b.task(ids["agent"], "Explain promises", 5, value="necessary")
    ids["decide"] = b.decision(ids["agent"], "Slot free?")
    ids["book"] = b.task(ids["agent"], "Book visit", 3)
    ids["wait"] = b.task(ids["customer"], "Waits at home", 240, value="waste", waste="waiting")
    ids["end"] = b.end(ids["installer"], "Installed")
    ids["f1"] = b.flow(ids["start"], ids["explain"])
    ids["f2"] = b.flow(ids["explain"], ids["decide"])
    ids["f3"] = b.flow(ids["decide"], ids["book"], "yes", 0.7)
    ids["f4"] = b.flow(ids["decide"], ids["wait"], "no", 0.3)
    ids["f5"] = b.flow(ids["book"], ids["end"])
    ids["k1"] = b.kpi("Installation within 48 h", attach_to=ids["f1"], target=48, unit="h")
    document = Document(metadata=Metadata(title="ADSL installation"), versions=[b.build()])
    return document, ids


@pytest.fixture
def flow_document() -> tuple[Document, dict[str, str]]:
    return installation_flow()


@pytest.fixture(autouse=True)
def _empty_clipboard_after_test(request):
    """Copy/paste tests leave our data on the clipboard; Qt must not still own it when the
    test session's QApplication is torn down, or the process crashes on exit."""
    yield
    if "qapp" in request.fixturenames or "qtbot" in request.fixturenames:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()


@pytest.fixture(autouse=True)
def _english_interface(request):
    """The editor's tests read English texts: no translation is installed, whatever the
    machine's language; a test that installs one is undone afterwards."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translators

    install_translators(QApplication.instance(), "en")
    yield
    install_translators(QApplication.instance(), "en")
