"""What the gallery's search box and filters let through, and how languages are named.

Kept apart from the dialog so the matching rules (every word must match somewhere; "zh"
takes in "zh-CN" and "zh-TW") can be read and tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale

from workbench.templates import Template

ANY = ""  # a filter's "all" entry


def primary_language(tag: str) -> str:
    """`zh-CN` → `zh`: the filter groups a language's regional variants together."""
    return tag.replace("_", "-").split("-")[0].casefold()


def language_name(tag: str) -> str:
    """The language as its speakers write it ("简体中文"), or its English name ("English")."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    english = QLocale.languageToString(locale.language())
    native = locale.nativeLanguageName()
    return english if not native or english.casefold() in native.casefold() else native


@dataclass(frozen=True)
class TemplateFilter:
    language: str = ANY  # a primary language tag such as "zh"
    classification: str = ANY
    tag: str = ANY
    text: str = ""

    def passes(self, template: Template) -> bool:
        meta = template.metadata
        if self.language and primary_language(template.language) != self.language:
            return False
        if self.classification and meta.classification != self.classification:
            return False
        if self.tag and self.tag not in meta.tags:
            return False
        haystack = " ".join(
            (template.title, template.name, meta.description, meta.team, meta.author, *meta.tags)
        ).casefold()
        return all(word in haystack for word in self.text.casefold().split())


def short_reason(path: Path, why: str) -> str:
    """The loader's message without the path it starts with, which the note already names."""
    prefix = f"{path}: "
    return why[len(prefix) :] if why.startswith(prefix) else why
