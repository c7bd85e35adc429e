"""File ▸ New from Template…: the gallery of the template library.

Cards for the bundled templates and those in the personal and team folders, each with a
miniature of its diagram; search and filters narrow them down, and the language filter
starts at the interface's language, so a Chinese user sees the Chinese templates first.
"Create" makes an independent copy that opens as unsaved work. A file dropped on the
gallery is imported into the chosen library folder, after the loader has checked it in
full; a file another team broke is listed in a note instead of hiding the others.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.file_drop import dropped_templates
from ui.i18n import error_text
from ui.library_preferences import LibraryFolder, library_folders, readable_folders
from ui.settings import EditorSettings
from ui.template_cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    DESCRIPTION_ROLE,
    ORIGIN_ROLE,
    SUBTITLE_ROLE,
    TAGS_ROLE,
    TEMPLATE_ROLE,
    TemplateCardDelegate,
)
from ui.template_filters import ANY, TemplateFilter, language_name, primary_language
from ui.template_thumbnails import ThumbnailCache
from ui.template_wording import GalleryWording
from workbench.document import Document
from workbench.model import Classification
from workbench.storage import FormatError, SaveError
from workbench.templates import (
    BUILT_IN,
    Library,
    Template,
    TemplateError,
    import_template,
    new_document_from,
    scan,
)


class TemplateGallery(QDialog):
    def __init__(
        self,
        settings: EditorSettings,
        thumbnails: ThumbnailCache,
        adopt: Callable[[Document], bool],
        locale: QLocale | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings, self.thumbnails, self._adopt = settings, thumbnails, adopt
        self.ui_language = primary_language((locale or QLocale()).name())
        self.library = Library(())
        self.folders = library_folders(settings)
        self.wording = GalleryWording(self.folders, self)
        self.setWindowTitle(self.tr("New from Template"))
        self.setAcceptDrops(True)
        self.resize(1140, 800)
        self._build()
        thumbnails.ready.connect(self._thumbnail_ready)
        self.refresh()

    def done(self, result: int) -> None:
        """The cache outlives the gallery: stop hearing from it once the gallery closes."""
        with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
            self.thumbnails.ready.disconnect(self._thumbnail_ready)
        super().done(result)

    def _thumbnail_ready(self, _template: Template) -> None:
        self.cards.viewport().update()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, descriptions and tags"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter, self.language_filter, self.class_filter = (
            QComboBox(), QComboBox(), QComboBox()
        )  # fmt: skip
        for box in (self.tag_filter, self.language_filter, self.class_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.class_filter.addItem(self.tr("All classes"), ANY)
        for classification in Classification:
            self.class_filter.addItem(
                self.wording.classification_name(classification), classification
            )
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for label, box in (
            (self.tr("Tag:"), self.tag_filter),
            (self.tr("Language:"), self.language_filter),
            (self.tr("Class:"), self.class_filter),
        ):
            filters.addSpacing(8)
            filters.addWidget(QLabel(label))
            filters.addWidget(box)
        self.cards = QListWidget()
        self.cards.setViewMode(QListView.ViewMode.IconMode)
        self.cards.setMovement(QListView.Movement.Static)
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.cards.setUniformItemSizes(True)
        self.cards.setGridSize(QSize(CARD_WIDTH + 8, CARD_HEIGHT + 8))
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setMouseTracking(True)
        self.cards.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards.setStyleSheet("QListWidget { background: #f6f7f9; }")
        self.cards.setItemDelegate(TemplateCardDelegate(self.thumbnails, self.cards))
        self.cards.itemDoubleClicked.connect(lambda _item: self.create())
        self.cards.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(self.tr("No template matches. Clear the search or a filter."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; padding: 6px; }"
        )
        self.note.hide()
        self.folder_box = QComboBox()
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self._import_dialog)
        self.status = QLabel(self.tr("Drop a template file here to add it to the library."))
        self.status.setWordWrap(True)
        library_row = QHBoxLayout()
        library_row.addWidget(QLabel(self.tr("Library folder:")))
        library_row.addWidget(self.folder_box)
        library_row.addWidget(self.import_button)
        library_row.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.note)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(library_row)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self.apply_filters)
        self.tag_filter.currentIndexChanged.connect(self.apply_filters)
        self.language_filter.currentIndexChanged.connect(self._language_or_class_changed)
        self.class_filter.currentIndexChanged.connect(self._language_or_class_changed)

    # ----------------------------------------------------------------- content

    def refresh(self, select: Path | None = None) -> None:
        """Read the library again (a colleague may have added a template) and redraw."""
        self.folders = library_folders(self.settings)
        self.wording = GalleryWording(self.folders, self)
        self.library = scan(readable_folders(self.settings))
        self._fill_folder_box()
        self._fill_languages()
        self._fill_cards()
        self._show_refused()
        self._language_or_class_changed()
        if select is not None:
            self.select_path(select)

    def templates(self) -> list[Template]:
        """The templates whose cards are shown, in order."""
        return [
            self.cards.item(row).data(TEMPLATE_ROLE)
            for row in range(self.cards.count())
            if not self.cards.item(row).isHidden()
        ]

    def selected_template(self) -> Template | None:
        item = self.cards.currentItem()
        return item.data(TEMPLATE_ROLE) if item is not None and not item.isHidden() else None

    def select_path(self, path: Path) -> bool:
        for row in range(self.cards.count()):
            template = self.cards.item(row).data(TEMPLATE_ROLE)
            if template.path is not None and template.path.resolve() == path.resolve():
                self.cards.setCurrentRow(row)
                self.cards.scrollToItem(self.cards.item(row))
                return True
        return False

    def _fill_cards(self) -> None:
        self.cards.clear()
        ranks = {str(f.path): rank for rank, f in enumerate(self.folders)}

        def order(template: Template) -> tuple[int, bool, str]:
            rank = ranks.get(template.source, len(ranks) + (template.source == BUILT_IN))
            local = primary_language(template.language) == self.ui_language
            return (rank, not local, template.title.casefold())

        for template in sorted(self.library.templates, key=order):
            item = QListWidgetItem(template.title)
            item.setData(TEMPLATE_ROLE, template)
            item.setData(SUBTITLE_ROLE, self.wording.subtitle(template))
            item.setData(DESCRIPTION_ROLE, template.metadata.description)
            item.setData(TAGS_ROLE, "  ·  ".join(template.metadata.tags))
            item.setData(ORIGIN_ROLE, self.wording.origin(template))
            item.setToolTip(self.wording.tooltip(template))
            item.setSizeHint(QSize(CARD_WIDTH, CARD_HEIGHT))
            self.cards.addItem(item)

    def _fill_languages(self) -> None:
        current = self.language_filter.currentData()
        languages = sorted({primary_language(t.language) for t in self.library.templates})
        blocked = self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), ANY)
        for language in languages:
            self.language_filter.addItem(language_name(language), language)
        wanted = current if current is not None else self.ui_language
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(wanted), 0))
        self.language_filter.blockSignals(blocked)

    def _fill_folder_box(self) -> None:
        current = self.folder_box.currentData()
        self.folder_box.clear()
        for folder in self.folders:
            self.folder_box.addItem(folder.label, folder)
            self.folder_box.setItemData(
                self.folder_box.count() - 1, str(folder.path), Qt.ItemDataRole.ToolTipRole
            )
        if current is not None:
            index = next(
                (i for i in range(self.folder_box.count())
                 if self.folder_box.itemData(i).path == current.path), 0,
            )  # fmt: skip
            self.folder_box.setCurrentIndex(index)

    def _show_refused(self) -> None:
        note = self.wording.refused_note(self.library.refused)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    # ----------------------------------------------------------------- filters

    def _language_or_class_changed(self) -> None:
        """Offer only the tags of the templates the other filters let through."""
        current = self.tag_filter.currentData()
        tags = sorted(
            {tag for t in self.library.templates if self._passes(t, tag=ANY, text="")
             for tag in t.metadata.tags},
            key=str.casefold,
        )  # fmt: skip
        blocked = self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), ANY)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(current), 0))
        self.tag_filter.blockSignals(blocked)
        self.apply_filters()

    def apply_filters(self) -> None:
        tag, text = self.tag_filter.currentData() or ANY, self.search.text()
        first_visible = None
        for row in range(self.cards.count()):
            item = self.cards.item(row)
            visible = self._passes(item.data(TEMPLATE_ROLE), tag=tag, text=text)
            item.setHidden(not visible)
            if visible and first_visible is None:
                first_visible = item
        current = self.cards.currentItem()
        if current is None or current.isHidden():
            self.cards.setCurrentItem(first_visible)
        self.empty_label.setVisible(first_visible is None)
        self._update_buttons()

    def _passes(self, template: Template, *, tag: str, text: str) -> bool:
        return TemplateFilter(
            self.language_filter.currentData() or ANY,
            self.class_filter.currentData() or ANY,
            tag,
            text,
        ).passes(template)

    # ----------------------------------------------------------------- actions

    def create(self, template: Template | None = None) -> bool:
        """Make an independent document from the template and hand it to the window."""
        template = template or self.selected_template()
        if template is None:
            return False
        try:
            document = new_document_from(template)
        except FormatError as error:
            self._explain(self.tr("The template could not be opened"), str(error))
            self.refresh()
            return False
        if not self._adopt(document):
            return False  # the user kept their unsaved work; the gallery stays open
        self.accept()
        return True

    def import_files(self, paths: list[Path]) -> list[Path]:
        """Copy templates into the chosen library folder; each is validated before writing."""
        folder: LibraryFolder | None = self.folder_box.currentData()
        if folder is None:
            return []
        written: list[Path] = []
        for path in paths:
            try:
                if folder.personal:
                    folder.path.mkdir(parents=True, exist_ok=True)
                written.append(import_template(path, folder.path))
            except (FormatError, TemplateError, SaveError, OSError) as error:
                self._refuse(path, error_text(error))
        if written:
            self.refresh(select=written[-1])
            self.status.setText(
                self.tr("Imported “{0}” into {1}.").format(written[-1].name, folder.label)
            )
        return written

    def _refuse(self, path: Path, why: str) -> None:
        self.status.setText(self.tr("“{0}” was refused; nothing was written.").format(path.name))
        self._explain(
            self.tr("“{0}” was not imported; nothing was written.").format(path.name), why
        )

    def _import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import templates"), self.settings.last_folder(),
            self.tr("Process Workbench templates (*.pwb)"),
        )  # fmt: skip
        if paths:
            self.import_files([Path(p) for p in paths])

    # ------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_templates(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = dropped_templates(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)

    def _update_buttons(self) -> None:
        self.create_button.setEnabled(self.selected_template() is not None)

    def _explain(self, title: str, detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), title, parent=self)
        box.setInformativeText(detail)
        box.exec()
