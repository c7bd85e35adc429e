"""The workbench window: canvas in the centre, palette and versions in the toolbar, panels
docked around it. It wires the pieces together and owns none of the editing logic."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from ui import commands, window_layout
from ui.canvas.view import CanvasView
from ui.file_controller import FileController
from ui.i18n import domain_text, tidy_toolbar_texts
from ui.panels.checklist_panel import ChecklistPanel
from ui.panels.findings_panel import FindingsPanel
from ui.panels.kpi_panel import KpiPanel
from ui.panels.measures_panel import MeasuresPanel
from ui.panels.properties_panel import PropertiesPanel
from ui.panels.shared_analysis import SharedAnalysis
from ui.panels.simulation_panel import SimulationPanel
from ui.settings import EditorSettings
from ui.shortcuts import redo_shortcuts
from workbench.diagram import Drawing
from workbench.document import EditError
from workbench.events import ElementKind, Event
from workbench.model import NodeKind
from workbench.recovery import RecoveryStore

PANELS_AT_LATEST_MS = 1000  # a big flow's panels fill after its canvas first shows...
PANELS_AFTER_PAINT_MS = 20  # ...this long after that paint, one panel a turn

PALETTE = (
    (None, "Select", "S"),
    (NodeKind.TASK, "Task", "T"),
    (NodeKind.DECISION, "Decision", "D"),
    (NodeKind.PARALLEL, "Parallel", "P"),
    (NodeKind.WAIT, "Wait", "W"),
    (NodeKind.START, "Start", "Shift+S"),
    (NodeKind.END, "End", "E"),
)


class MainWindow(QMainWindow):
    def __init__(
        self, settings: EditorSettings | None = None, recovery: RecoveryStore | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or EditorSettings()
        self.files = FileController(self, self.settings, recovery)
        self.files.document_replaced.connect(self._install_document)
        self.files.title_changed.connect(self._update_title)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.version_id: str | None = None
        self._sized = False
        self._layout_restored = False
        self.view: CanvasView | None = None
        self._subscription = None
        self.analysis: SharedAnalysis | None = None
        self._canvas_holder = _CanvasHolder(self)
        QVBoxLayout(self._canvas_holder).setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(self._canvas_holder)
        self._make_actions()
        self._make_menus()
        self._make_toolbars()
        self._make_docks()
        self._add_features()
        self.statusBar().showMessage(self.tr("Ready"))
        self._size_to_screen()
        self._restore_layout()
        self._install_document()

    # ------------------------------------------------------------- building

    def _make_actions(self) -> None:
        files, stack = self.files, self.files.undo_stack
        self.new_action = self._action(self.tr("&New"), QKeySequence.StandardKey.New, files.new)
        self.open_action = self._action(
            self.tr("&Open…"), QKeySequence.StandardKey.Open, files.open_dialog
        )
        self.save_action = self._action(self.tr("&Save"), QKeySequence.StandardKey.Save, files.save)
        self.save_as_action = self._action(
            self.tr("Save &As…"), QKeySequence.StandardKey.SaveAs, files.save_as
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        self.delete_action = self._action(
            self.tr("&Delete"), QKeySequence.StandardKey.Delete, self._delete_selection
        )
        self.rename_action = self._action(self.tr("&Rename"), QKeySequence("F2"), self._rename)
        self.clipboard_actions = [
            self._action(text, keys, lambda name=name: self._canvas_call(name))
            for text, keys, name in (
                (self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
                (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
                (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
                (self.tr("D&uplicate"), QKeySequence("Ctrl+D"), "duplicate"),
            )
        ]
        self.auto_layout_action = self._action(
            self.tr("&Auto-layout"), QKeySequence("Ctrl+Shift+L"),
            lambda: self._canvas_call("auto_layout"),
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom &In"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom_in()
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom &Out"), QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom_out()
        )
        self.fit_action = self._action(
            self.tr("&Fit to Window"), QKeySequence("Ctrl+0"), lambda: self.view.fit_all()
        )
        self.new_version_action = self._action(
            self.tr("New Version from This One…"), None, self._new_version
        )
        self.rename_version_action = self._action(
            self.tr("Rename Version…"), None, self._rename_version
        )
        self.delete_version_action = self._action(
            self.tr("Delete Version"), None, self._delete_version
        )
        self.compare_action = self._action(
            self.tr("&Compare Versions…"), QKeySequence("Ctrl+Shift+M"), self._compare
        )
        self.tool_group = QActionGroup(self)
        self.tool_actions: dict[NodeKind | None, QAction] = {}
        for kind, name, shortcut in PALETTE:
            action = QAction(self.tr(name), self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{self.tr(name)} ({shortcut})")
            action.triggered.connect(lambda _checked=False, k=kind: self._set_tool(k))
            self.tool_group.addAction(action)
            self.tool_actions[kind] = action
        self.tool_actions[None].setChecked(True)

    def _action(self, text: str, shortcut, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        # Import, export and print actions go into this section (before Quit).
        self.file_transfer_section = file_menu.addSeparator()
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions(self.clipboard_actions)
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.rename_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.auto_layout_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        self.view_menu.addSeparator()
        self.insert_menu = insert_menu = bar.addMenu(self.tr("&Insert"))
        insert_menu.addActions(list(self.tool_actions.values()))
        self.version_menu = version_menu = bar.addMenu(self.tr("Ve&rsion"))
        version_menu.addActions(
            [self.new_version_action, self.rename_version_action, self.delete_version_action]
        )
        version_menu.addSeparator()
        version_menu.addAction(self.compare_action)
        self.help_menu = help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Process Workbench"), None, self._about))

    def _make_toolbars(self) -> None:
        file_bar = self.addToolBar(self.tr("File"))
        file_bar.setObjectName("toolbar-file")
        file_bar.addActions([self.new_action, self.open_action, self.save_action])
        file_bar.addSeparator()
        file_bar.addActions([self.undo_action, self.redo_action])
        palette = self.addToolBar(self.tr("Palette"))
        palette.setObjectName("toolbar-palette")
        palette.addActions(list(self.tool_actions.values()))
        versions = self.addToolBar(self.tr("Versions"))
        versions.setObjectName("toolbar-versions")
        versions.addWidget(QLabel(self.tr(" Version: ")))
        self.version_box = QComboBox()
        self.version_box.setMinimumContentsLength(14)
        self.version_box.activated.connect(self._version_chosen)
        versions.addWidget(self.version_box)
        versions.addAction(self.new_version_action)
        tidy_toolbar_texts((file_bar, palette, versions))
        # The menu entries name the command ("Undo Change goal"); the buttons keep one short
        # text, so the palette beside them never moves (their tooltips still name it).
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action.setIconText(self.tr("Redo"))

    def _make_docks(self) -> None:
        self.docks = window_layout.make_docks(
            self,
            {
                "properties": self.tr("Properties"),
                "checklist": self.tr("Four elements"),
                "kpis": self.tr("KPIs"),
                "measures": self.tr("Measures"),
                "simulation": self.tr("Simulation"),
                "findings": self.tr("Findings"),
                "history": self.tr("Undo history"),
            },
        )
        for dock in self.docks.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.reset_layout_action = self._action(
            self.tr("&Reset Layout"), None, self.reset_layout
        )
        self.view_menu.addAction(self.reset_layout_action)
        self.history = QUndoView(self.files.undo_stack)
        self.docks["history"].setWidget(self.history)
        self.panels: dict[str, QWidget] = {}

    def _add_features(self) -> None:
        """Features that bring their own actions into the menus."""
        from ui import (
            approval_actions,
            bpmn_actions,
            export_actions,
            help_actions,
            register_actions,
            template_actions,
        )
        from ui.i18n import LanguageMenu

        export_actions.add_to_window(self)
        bpmn_actions.add_to_window(self)
        template_actions.add_to_window(self)
        help_actions.add_to_window(self)
        register_actions.add_to_window(self)
        approval_actions.add_to_window(self)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self)

    # ------------------------------------------------------- document wiring

    def _install_document(self) -> None:
        """A new document is open: rebuild the canvas and the panels around it."""
        document, stack = self.files.document, self.files.undo_stack
        if self._subscription is not None:
            self._subscription.close()
        if self.analysis is not None:
            self.analysis.close()
        for panel in self.panels.values():
            _close_panel(panel)
        if self.view is not None:
            self.view.dispose()
        self.version_id = document.versions[0].id if document.versions else None
        self.view = CanvasView(document, self.version_id or "", stack, self)
        self.view.selection_changed.connect(self._selection_changed)
        self.view.status_message.connect(self._show_refusal)
        self.view.tool_changed.connect(self._tool_changed)
        self.view.template_requested.connect(lambda: self.template_actions.open_gallery())
        # Swap the view inside a holder that stays the central widget, so the docks keep
        # their sizes when a document is opened.
        layout = self._canvas_holder.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        layout.addWidget(self.view)
        self.tool_actions[None].setChecked(True)
        self.panels = {
            "properties": PropertiesPanel(document, stack),
            "checklist": ChecklistPanel(document, stack),
            "kpis": KpiPanel(document, stack),
            "measures": MeasuresPanel(document, stack),
            "simulation": SimulationPanel(document, stack),
            "findings": FindingsPanel(document, stack),
        }
        for key, panel in self.panels.items():
            self.docks[key].setWidget(panel)
            if hasattr(panel, "element_activated"):
                panel.element_activated.connect(self.reveal)
        self.panels["findings"].checklist_activated.connect(self._show_checklist_element)
        self.panels["findings"].drawing_source = self._drawing_shown
        self.view.canvas().routing_finished.connect(self.panels["findings"].deferred.schedule)
        self.analysis = SharedAnalysis(document)
        self.panels["measures"].shared = self.panels["findings"].shared = self.analysis
        self.panels["measures"].explain_requested.connect(self.help_actions.explain_measure)
        self._subscription = document.events.subscribe(self._on_event)
        self._refresh_versions()
        big = self.view.canvas().routing  # built where seen first: the panels wait for it
        self._show_version(self.version_id, PANELS_AT_LATEST_MS if big else None)
        if big:
            self.view.first_painted.connect(self._fill_panels_soon)
        QTimer.singleShot(0, self._fit_view)  # once the new view has its real size

    def _fill_panels_soon(self) -> None:
        for turn, panel in enumerate(self.panels.values(), start=1):
            panel.fill_soon(PANELS_AFTER_PAINT_MS * turn)

    def _drawing_shown(self, version_id: str) -> Drawing | None:
        """The canvas's drawing of the version, when the canvas shows that version."""
        scene = self.view.canvas() if self.view is not None else None
        if scene is None or scene.version_id != version_id or scene.routing:
            return None  # checked when the last connectors are in place
        return scene.drawing()

    def _on_event(self, event: Event) -> None:
        if getattr(event, "kind", None) is ElementKind.VERSION:
            self._refresh_versions()
            versions = [v.id for v in self.files.document.versions]
            if self.version_id not in versions and versions:
                self._show_version(versions[0])

    def _refresh_versions(self) -> None:
        self.version_box.clear()
        for version in self.files.document.versions:
            self.version_box.addItem(version.name, version.id)
        index = self.version_box.findData(self.version_id)
        self.version_box.setCurrentIndex(max(index, 0))
        self.delete_version_action.setEnabled(len(self.files.document.versions) > 1)

    def _show_version(self, version_id: str | None, later_ms: int | None = None) -> None:
        if version_id is None:
            return
        self.version_id = version_id
        if self.view is not None and self.view.canvas().version_id != version_id:
            self.view.set_version(version_id)
        for panel in self.panels.values():
            panel.set_version(version_id, later_ms)
        index = self.version_box.findData(version_id)
        if index >= 0:
            self.version_box.setCurrentIndex(index)

    def _size_to_screen(self) -> None:
        """First start: most of the screen, a workshop wants room to draw."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1400, 880)
            return
        available = screen.availableGeometry()
        self.resize(int(available.width() * 0.92), int(available.height() * 0.9))
        self.move(available.center() - self.rect().center())

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        if not self._sized and not self._layout_restored:
            self._sized = True
            QTimer.singleShot(0, self.reset_layout)

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: the panels back where they start, the drawing in view."""
        window_layout.reset_layout(self, self.docks)
        self._fit_view()

    def _fit_view(self) -> None:
        if self.view is not None:
            self.view.show_beginning()

    def _version_chosen(self, index: int) -> None:
        self._show_version(self.version_box.itemData(index))
        if self.view is not None:
            self.view.fit_all()

    def _selection_changed(self, ids: list[str]) -> None:
        properties = self.panels.get("properties")
        if properties is not None:
            properties.set_selection(ids)
        kpis = self.panels.get("kpis")
        if kpis is not None and hasattr(kpis, "set_selection"):
            kpis.set_selection(ids)

    def reveal(self, version_id: str, element_id: str | None) -> None:
        """Select an element (from a finding or a KPI row) and bring it into view."""
        if version_id != self.version_id:
            self._show_version(version_id)
        if element_id and self.view is not None and self.view.select_element(element_id):
            self.view.reveal(element_id)

    def _show_checklist_element(self, version_id: str, element: str) -> None:
        if version_id != self.version_id:
            self._show_version(version_id)
        self.docks["checklist"].show()
        self.docks["checklist"].raise_()
        self.panels["checklist"].show_element(element)

    # ------------------------------------------------------------- commands

    def _set_tool(self, kind: NodeKind | None) -> None:
        if self.view is not None:
            self.view.set_tool(kind)

    def _tool_changed(self, kind: NodeKind | None) -> None:
        action = self.tool_actions.get(kind)
        if action is not None and not action.isChecked():
            action.setChecked(True)

    def _delete_selection(self) -> None:
        if self.view is not None:
            self.view.delete_selection()

    def _canvas_call(self, name: str) -> None:
        """An Edit-menu entry the canvas carries out (copy, paste, auto-layout, …)."""
        if self.view is not None:
            getattr(self.view, name)()

    def _rename(self) -> None:
        if self.view is not None:
            self.view.edit_label()

    def _push(self, command: commands.DocumentCommand) -> bool:
        try:
            commands.push(self.files.undo_stack, command)
        except EditError as error:
            self._show_refusal(domain_text(error.args[0]) if error.args else str(error))
            return False
        return True

    def _new_version(self) -> None:
        if self.version_id is None:
            return
        source = self.files.document.version(self.version_id)
        suggestion = self.tr("To-be") if len(self.files.document.versions) == 1 else source.name
        name, ok = QInputDialog.getText(
            self, self.tr("New version"), self.tr("Name of the new version:"), text=suggestion
        )
        if ok and name.strip():
            command = commands.CopyVersion(self.files.document, self.version_id, name.strip())
            if self._push(command):
                self._refresh_versions()
                self._show_version(command.new_id)

    def _rename_version(self) -> None:
        if self.version_id is None:
            return
        version = self.files.document.version(self.version_id)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename version"), self.tr("New name:"), text=version.name
        )
        if ok and name.strip() and name.strip() != version.name:
            self._push(
                commands.ChangeVersion(self.files.document, self.version_id, name=name.strip())
            )

    def _delete_version(self) -> None:
        document = self.files.document
        if self.version_id is None or len(document.versions) < 2:
            return
        name = document.version(self.version_id).name
        answer = QMessageBox.question(
            self,
            self.tr("Delete version"),
            self.tr("Delete the version “{0}”? You can undo this.").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(commands.RemoveVersion(document, self.version_id))

    def _compare(self) -> None:
        from ui.comparison_view import ComparisonDialog

        if len(self.files.document.versions) < 2:
            self._show_refusal(self.tr("Make a second version first (New Version from This One)."))
            return
        self.comparison = ComparisonDialog(self.files.document, self)
        self.comparison.show()

    def _show_refusal(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 6000)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.files.open_path(p))
        if not files:
            self.recent_menu.addAction(self.tr("No recent files")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear Menu"))
            clear.triggered.connect(self.settings.clear_recent_files)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Process Workbench"),
            self.tr(
                "Process Workbench: design customer-service processes with the customer in "
                "the flow — value and waste, the four elements, KPIs on every interaction, "
                "as-is against to-be."
            ),
        )

    # ---------------------------------------------------------- window state

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — Process Workbench")
        self.setWindowModified(self.files.modified)

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_geometry(), self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._layout_restored = state is not None and self.restoreState(
            state, window_layout.LAYOUT_VERSION
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.files.maybe_save():
            event.ignore()
            return
        self.settings.save_window(
            self.saveGeometry(), self.saveState(window_layout.LAYOUT_VERSION)
        )
        self.settings.sync()
        self.files.discard_recovery_copy()
        if self.view is not None:
            self.view.dispose()
        if self._subscription is not None:
            self._subscription.close()
        if self.analysis is not None:
            self.analysis.close()
        for panel in self.panels.values():
            _close_panel(panel)
        event.accept()


class _CanvasHolder(QWidget):
    """The central widget: asks for most of the window, so the docks stay at the sides."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 560)


def _close_panel(panel: QWidget) -> None:
    close = getattr(panel, "close_subscription", None)
    if callable(close):
        close()
    panel.deleteLater()
