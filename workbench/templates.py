"""The template library: bundled templates plus the user's personal and team folders.

A template is an ordinary `.pwb` document; its card (title, description, tags, ...) comes
from the document's metadata. Folders are passed in by the caller (the preferences, the
command line), so this module holds no settings of its own. Files from other teams are
untrusted: everything read goes through the loader's full validation, and everything
written goes through `template_files`, which never writes outside a folder and never
replaces another person's file.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib.resources import files
from pathlib import Path

from workbench.document import Document
from workbench.examples import EXAMPLE_CARDS, EXAMPLES
from workbench.examples import LANGUAGES as EXAMPLE_LANGUAGES
from workbench.i18n import Msg
from workbench.model import Classification, Metadata, Status
from workbench.storage import FILE_SUFFIX, FormatError, dumps_document, loads_document
from workbench.storage.parse import read_limited
from workbench.template_files import (
    TemplateError,
    candidate_names,
    publish_new_file,
    safe_name,
)

__all__ = [
    "BUILT_IN",
    "BUNDLED",
    "MAX_TEMPLATE_BYTES",
    "Library",
    "Template",
    "TemplateError",
    "find",
    "import_template",
    "list_templates",
    "new_document_from",
    "save_as_template",
    "scan",
]

BUNDLED = "bundled"
BUILT_IN = "built-in"
MAX_TEMPLATE_BYTES = 8 * 1024 * 1024  # a template is a design, not a data set
DEFAULT_LANGUAGE = "en"
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")  # used with fullmatch


@dataclass(frozen=True)
class Template:
    """One template's card, and where its document comes from."""

    name: str  # what users type: `new --template NAME`
    language: str
    metadata: Metadata
    source: str  # BUNDLED, BUILT_IN, or the folder it lives in
    path: Path | None = None
    _make: Callable[[], Document] | None = field(default=None, repr=False, compare=False)

    @property
    def title(self) -> str:
        return self.metadata.title or self.name

    def load(self) -> Document:
        """The template's document, read afresh (validated again: the file may have changed)."""
        if self._make is not None:
            return self._make()
        assert self.path is not None
        return _read(self.path)


@dataclass(frozen=True)
class Library:
    """What a scan found: the templates, and the files that were refused, with why."""

    templates: tuple[Template, ...]
    refused: tuple[tuple[Path, str], ...] = ()  # each reason a Msg, for the reader's language


def bundled_folder() -> Path:
    return Path(str(files("process_templates")))


def scan(folders: Iterable[str | os.PathLike[str]] = (), *, bundled: bool = True) -> Library:
    """Every template: the user's folders first (in the order given), then the bundled ones.

    A file that fails validation is left out and reported in `refused`, so one broken file
    in a shared folder never hides the others.
    """
    templates: list[Template] = []
    refused: list[tuple[Path, str]] = []
    for folder in folders:
        _scan_folder(Path(folder), str(folder), templates, refused)
    if bundled:
        _scan_folder(bundled_folder(), BUNDLED, templates, refused)
        for name, make in EXAMPLES.items():
            for language in EXAMPLE_LANGUAGES:  # each edition, as the bundled cases have
                card = EXAMPLE_CARDS[name](language)
                templates.append(
                    Template(name, language, card, BUILT_IN, _make=partial(make, language))
                )
    return Library(tuple(templates), tuple(refused))


def list_templates(
    folders: Iterable[str | os.PathLike[str]] = (), *, bundled: bool = True
) -> list[Template]:
    return list(scan(folders, bundled=bundled).templates)


def find(
    name: str, language: str | None = None, folders: Iterable[str | os.PathLike[str]] = ()
) -> Template:
    """The template called `name` in `language` ("zh" matches "zh-CN"); without a language,
    English if there is one, else the first found. TemplateError lists what there is."""
    templates = list_templates(folders)
    named = [t for t in templates if t.name.casefold() == name.strip().casefold()]
    if not named:
        known = ", ".join(sorted({t.name for t in templates}))
        raise TemplateError(
            Msg("there is no template named '{name}'. Templates: {known}", name=name, known=known)
        )
    wanted = language or DEFAULT_LANGUAGE
    for template in named:
        if _language_matches(template.language, wanted):
            return template
    if language is None:
        return named[0]
    languages = ", ".join(sorted({t.language for t in named}))
    raise TemplateError(
        Msg("template '{name}' is not available in '{language}' (languages: {languages})",
            name=name, language=language, languages=languages)
    )


def new_document_from(template: Template | Document, today: str | None = None) -> Document:
    """A fresh, independent document to work on: same design, new dates, back to draft."""
    source = template.load() if isinstance(template, Template) else template
    copy = loads_document(dumps_document(source))  # shares nothing with the template
    date = today or datetime.date.today().isoformat()
    metadata = dataclasses.replace(copy.metadata, created=date, updated=date, status=Status.DRAFT)
    return Document(metadata, copy.segments, copy.versions)


def save_as_template(
    document: Document,
    folder: str | os.PathLike[str],
    name: str,
    *,
    version_id: str | None = None,
    today: str | None = None,
) -> Path:
    """Write `document` (or only one of its versions) into a library folder as `name`.

    Returns where it was written: `name.<language>.pwb`, or `name (2).<language>.pwb` and
    so on if that name is taken; an existing template is never replaced.
    """
    stem = safe_name(name)
    date = today or datetime.date.today().isoformat()
    metadata = dataclasses.replace(
        document.metadata, updated=date, created=document.metadata.created or date
    )
    versions = list(document.versions)
    if version_id is not None:
        versions = [dataclasses.replace(document.version(version_id), derived_from=None)]
    text = dumps_document(Document(metadata, document.segments, versions))
    loads_document(text)  # never publish what the library could not read back
    return _publish(folder, stem, metadata.language, text)


def import_template(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> Path:
    """Copy another team's template into a library folder, after validating it in full.

    Oversized or deeply nested files, wrong types, dangling ids and newer schema versions
    are refused with the loader's message (FormatError) before anything is written.
    """
    document = _read(Path(path))
    stem, language = _split_name(Path(path).name, document.metadata.language)
    if safe_name(stem) != stem:
        raise TemplateError(
            Msg("'{name}' has spaces or line breaks at its ends; rename the file", name=stem)
        )
    return _publish(folder, stem, language, dumps_document(document))


def _publish(folder: str | os.PathLike[str], stem: str, language: str, text: str) -> Path:
    suffix = f".{language}{FILE_SUFFIX}" if _LANGUAGE_TAG.fullmatch(language or "") else FILE_SUFFIX
    return publish_new_file(folder, candidate_names(stem, suffix), text.encode("utf-8"))


def _read(path: Path) -> Document:
    source = str(path)
    try:
        data = read_limited(path, MAX_TEMPLATE_BYTES)
    except FormatError as error:
        raise error.with_source(source) from None
    return loads_document(data, source)


def _scan_folder(
    folder: Path, source: str, templates: list[Template], refused: list[tuple[Path, str]]
) -> None:
    try:
        paths = sorted(
            p
            for p in folder.iterdir()
            if p.name.endswith(FILE_SUFFIX) and not p.name.startswith(".")
        )
    except OSError as error:
        refused.append((folder, Msg("the folder cannot be read ({reason})",
                                    reason=str(error.strerror or error))))
        return
    for path in paths:
        try:
            document = _read(path)
            name, language = _split_name(path.name, document.metadata.language)
            if safe_name(name) != name:
                raise TemplateError(
                    Msg("'{name}' has spaces or line breaks at its ends", name=name)
                )
        except FormatError as error:
            refused.append((path, error.as_message()))
            continue
        except TemplateError as error:
            refused.append((path, Msg("{where}: {problem}", where=str(path),
                                      problem=error.args[0])))
            continue
        templates.append(Template(name, language, document.metadata, source, path))


def _split_name(file_name: str, fallback_language: str) -> tuple[str, str]:
    """`adsl-installation.zh-CN.pwb` → ("adsl-installation", "zh-CN")."""
    stem = file_name[: -len(FILE_SUFFIX)] if file_name.endswith(FILE_SUFFIX) else file_name
    base, dot, tag = stem.rpartition(".")
    if dot and base and _LANGUAGE_TAG.fullmatch(tag):
        return base, tag
    return stem, fallback_language or DEFAULT_LANGUAGE


def _language_matches(language: str, wanted: str) -> bool:
    have, want = language.casefold(), wanted.casefold()
    return have == want or have.split("-")[0] == want or want.split("-")[0] == have


def classifications() -> Sequence[Classification]:
    """The classes a template can carry, for filters."""
    return tuple(Classification)
