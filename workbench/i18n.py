"""The words of everything below the window — findings, measures, reports, workbooks, the
command line — in the reader's language, from one gettext catalogue.

Source strings are English, marked where they are written: `_t(text)` for a text used as
it is, `Msg(text, **params)` for a sentence with parameters that is rendered later, in
the language of whoever reads it (a finding is built once and shown in the window, the
command line and a report, each in its own language). A `Msg` is a `str` holding its
English rendering, so code that only needs English uses it as a string.

The catalogues live in `workbench/locale/<lang>/LC_MESSAGES/workbench.po`, compiled to
`.mo` beside them (scripts/update_catalogue.py); the window's own texts stay in Qt's .ts.
"""

from __future__ import annotations

import datetime
import gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from workbench.numbers import figure

DOMAIN = "workbench"
LOCALE_FOLDER = Path(__file__).resolve().parent / "locale"
ENGLISH, CHINESE = "en", "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)


def _t(text: str) -> str:
    """Marks `text` for the catalogue; it is translated where it is shown (`tr(text)`)."""
    return text


class Msg(str):
    """A sentence with parameters, kept so it can be rendered again in another language.

    Parameters may be Msgs themselves ("the unlabelled task n3"), rendered in the same
    language; `n` picks the plural form of `text`/`plural`.
    """

    template: str
    plural: str | None
    params: Mapping[str, Any]

    def __new__(
        cls, text: str, plural: str | None = None, /, n: int | None = None, **params: Any
    ) -> Msg:
        if n is not None:
            params["n"] = n
        english = (plural if plural is not None and n != 1 else text).format(**params)
        self = super().__new__(cls, english)
        self.template, self.plural, self.params = text, plural, params
        return self

    def render(self, tr: Translator) -> str:
        if self.plural is not None:
            template = tr.ngettext(self.template, self.plural, int(self.params.get("n", 0)))
        else:
            template = tr(self.template)
        values = {k: tr.render(v) for k, v in self.params.items()}
        return template.format(**values)

    def __reduce__(self) -> tuple:
        """Copy and pickle (worker processes, undo) as the text and its parts, rebuilt
        without formatting again: a register row from a worker holds hundreds of these."""
        parts = {"template": self.template, "plural": self.plural, "params": dict(self.params)}
        return (str.__new__, (type(self), str(self)), parts)


class Sentence(Msg):
    """A Msg that opens a sentence: its first letter is written as a capital, in every
    language that has capitals ("the unlabelled task n3 …" -> "The unlabelled task n3 …")."""

    def __new__(cls, inner: str) -> Sentence:  # type: ignore[override]
        text = str(inner)
        self = str.__new__(cls, text[:1].upper() + text[1:])
        self.template, self.plural, self.params = "{0}", None, {"0": inner}
        return self

    def render(self, tr: Translator) -> str:
        text = tr.render(self.params["0"])
        return text[:1].upper() + text[1:]


class Day(Msg):
    """A date inside a message, shown in the reader's order ("2026年3月5日" / "5 Mar 2026").
    As a string it stays ISO (2026-03-05), so JSON and caches keep the machine's form."""

    def __new__(cls, iso: str) -> Day:  # type: ignore[override]
        self = str.__new__(cls, iso)
        self.template, self.plural, self.params = "{0}", None, {"0": iso}
        return self

    def render(self, tr: Translator) -> str:
        return tr.date(self.params["0"])

    def __reduce__(self) -> tuple:
        return (Day, (self.params["0"],))


SEPARATORS = {  # kind -> (English, Chinese)
    "list": (", ", "、"),  # names in a row: a, b, c / a、b、c
    "clauses": (", ", "，"),  # parts of a sentence
    "items": ("; ", "；"),  # items that carry commas themselves
    "sentences": (" ", ""),  # whole sentences, each with its full stop
    "or": (", ", "、"),  # alternatives, the last joined by "or": a, b or c / a、b或c
    "and": (", ", "、"),  # all of them, the last joined by "and": a, b and c / a、b和c
}


class Joined(Msg):
    """Several texts in a row, each rendered, with the language's separator."""

    def __new__(cls, items: tuple | list, kind: str = "list") -> Joined:  # type: ignore[override]
        items = tuple(items)
        self = str.__new__(cls, _joined(list(map(str, items)), SEPARATORS[kind][0], kind, None))
        self.template, self.plural, self.params = "", None, {"items": items, "kind": kind}
        return self

    def render(self, tr: Translator) -> str:
        english, chinese = SEPARATORS[self.params["kind"]]
        return _joined([tr.render(i) for i in self.params["items"]],
                       chinese if tr.chinese else english, self.params["kind"], tr)


def _joined(texts: list[str], separator: str, kind: str, tr: Translator | None) -> str:
    if kind in LAST_JOINED and len(texts) > 1:
        english = LAST_JOINED[kind]
        last = tr(english) if tr is not None else english
        return last.format(a=separator.join(texts[:-1]), b=texts[-1])
    return separator.join(texts)


# the last of several joined by "or" / "and" (Joined)
LAST_JOINED = {"or": _t("{a} or {b}"), "and": _t("{a} and {b}")}


def message_data(value: Any) -> Any:
    """A Msg as plain JSON data, so a cache can keep it and render it again in any language;
    `message_from_data` is its inverse. Anything else is kept as it is."""
    if isinstance(value, Joined):
        return {"joined": [message_data(i) for i in value.params["items"]],
                "kind": value.params["kind"]}
    if isinstance(value, Day):
        return {"date": value.params["0"]}
    if isinstance(value, Sentence):
        return {"sentence": message_data(value.params["0"])}
    if isinstance(value, Msg):
        params = {k: message_data(v) for k, v in value.params.items()}
        return {"msg": value.template, "plural": value.plural, "params": params}
    return value


def message_from_data(data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    if "joined" in data:
        return Joined([message_from_data(i) for i in data["joined"]], data["kind"])
    if "sentence" in data:
        return Sentence(message_from_data(data["sentence"]))
    if "date" in data:
        return Day(data["date"])
    params = {k: message_from_data(v) for k, v in data["params"].items()}
    return Msg(data["msg"], data["plural"], **params)


class Translator:
    """One language's words, numbers and dates."""

    def __init__(self, language: str, catalogue: gettext.NullTranslations) -> None:
        self.language = language
        self.catalogue = catalogue

    @property
    def chinese(self) -> bool:
        return self.language == CHINESE

    def __call__(self, text: str) -> str:
        return self.catalogue.gettext(text) if text else text

    def ngettext(self, one: str, many: str, n: int) -> str:
        return self.catalogue.ngettext(one, many, n)

    def render(self, value: Any) -> str:
        """A Msg in this language; a number by this language's rule; anything else as is."""
        if isinstance(value, Msg):
            return value.render(self)
        if isinstance(value, bool) or value is None:
            return str(value)
        if isinstance(value, int | float):
            return self.number(value)
        return str(value)

    def number(self, value: float | int, places: int | None = None) -> str:
        """Both languages group thousands with a comma and use a decimal point."""
        return figure(value, places)

    def date(self, value: datetime.date | str | None) -> str:
        """A date in the reader's order: "2026年3月5日" / "5 Mar 2026"; text that is not an
        ISO date is shown as written."""
        if isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value[:10])
            except ValueError:
                return value
        if value is None:
            return ""
        if self.chinese:
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {value.strftime('%b')} {value.year}"

    def join(self, items: list[str]) -> str:
        """A list inside a sentence: "a, b, c" / "a、b、c"."""
        return ("、" if self.chinese else ", ").join(items)


def language_of(tag: str | None) -> str:
    """The catalogue language for a tag such as "zh-CN", "zh_CN.UTF-8", "en_GB" or None."""
    if tag and tag.replace("-", "_").lower().startswith("zh"):
        return CHINESE
    return ENGLISH


@cache
def translator(tag: str | None = None) -> Translator:
    language = language_of(tag)
    if language == ENGLISH:
        return Translator(ENGLISH, gettext.NullTranslations())
    catalogue = gettext.translation(DOMAIN, str(LOCALE_FOLDER), [language], fallback=True)
    return Translator(language, catalogue)


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the command line's environment asks for: LC_ALL, LC_MESSAGES, LANG, the
    first that is set wins (the POSIX rule; "C" means English)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return environ[name]
    return None


# The reader of what is being written now: an export sets it from its document's language
# for the time it writes (a context variable, so an export on a worker thread keeps its own),
# the command line once per run. `tr("...")` marks a text and translates it for that reader.
_reader: ContextVar[Translator] = ContextVar("reader")


def reader() -> Translator:
    return _reader.get(None) or translator(None)


def tr(text: str) -> str:
    return reader()(text)


def tr_in(context: str, text: str) -> str:
    """`tr` for a word the catalogue must tell apart by where it stands ("Steps" the measure,
    "Steps" the kind of element)."""
    return reader().catalogue.pgettext(context, text)


def say(value: Any) -> str:
    """A Msg, number or name for the current reader."""
    return reader().render(value)


def read_by(chosen: Translator) -> None:
    """The reader for the rest of this context (the command line's whole run)."""
    _reader.set(chosen)


@contextmanager
def reading_in(chosen: Translator) -> Iterator[Translator]:
    """The reader while an export writes; the previous one afterwards."""
    token = _reader.set(chosen)
    try:
        yield chosen
    finally:
        _reader.reset(token)


def document_translator(document_language: str | None, override: str | None = None) -> Translator:
    """An export's words: `--lang` when given, otherwise the document's language."""
    return translator(override or document_language)
