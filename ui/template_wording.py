"""What the gallery says about a template and its folders, in the user's language.

Card lines (language and class, where it comes from, whose it is) and the note about files
a shared folder holds that could not be read, one sentence per folder, so a colleague's
broken file is named without hiding the templates that are fine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ui.i18n import domain_translator
from ui.library_preferences import LibraryFolder
from ui.template_filters import language_name, short_reason
from workbench.model import Classification
from workbench.templates import BUILT_IN, BUNDLED, Template


class GalleryWording(QObject):
    def __init__(self, folders: list[LibraryFolder], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders = folders

    def classification_name(self, classification: Classification | str) -> str:
        names = {
            Classification.KEY_CUSTOMER_SERVICE: self.tr("Key customer service process"),
            Classification.KEY_SUPPORT: self.tr("Key support process"),
            Classification.MANAGEMENT: self.tr("Management process"),
        }
        return names.get(classification, str(classification))

    def subtitle(self, template: Template) -> str:
        language = language_name(template.language)
        return f"{language}  ·  {self.classification_name(template.metadata.classification)}"

    def origin(self, template: Template) -> str:
        meta = template.metadata
        parts = [self.source_label(template), meta.team]
        if template.path is not None and template.source != BUNDLED and meta.author:
            parts.append(meta.author)  # who to ask about a colleague's template
        return "  ·  ".join(p for p in parts if p)

    def source_label(self, template: Template) -> str:
        if template.source == BUNDLED:
            return self.tr("Bundled")
        if template.source == BUILT_IN:
            return self.tr("Built-in example")
        return self.folder_label(Path(template.source))

    def folder_label(self, path: Path) -> str:
        for folder in self.folders:
            if folder.path == path:
                return folder.label
        return path.name or str(path)

    def tooltip(self, template: Template) -> str:
        where = str(template.path) if template.path else self.source_label(template)
        return f"{template.title}\n{template.name} ({template.language})\n{where}"

    def refused_note(self, refused: tuple[tuple[Path, str], ...]) -> str:
        """One sentence per folder: 2 files in 'Team X' could not be read: …"""
        by_folder: dict[Path, list[tuple[Path, str]]] = {}
        lines: list[str] = []
        known = {f.path for f in self.folders}
        for path, reason in refused:
            why = domain_translator().render(reason)  # the library keeps it as a Msg
            if path in known:
                text = self.tr("The folder '{0}' could not be read: {1}")
                lines.append(text.format(self.folder_label(path), why))
            else:
                by_folder.setdefault(path.parent, []).append((path, why))
        for folder, files in by_folder.items():
            details = "; ".join(f"{path.name} ({short_reason(path, why)})" for path, why in files)
            text = (
                self.tr("1 file in '{1}' could not be read: {2}")
                if len(files) == 1
                else self.tr("{0} files in '{1}' could not be read: {2}")
            )
            lines.append(text.format(len(files), self.folder_label(folder), details))
        return "\n".join(lines)
