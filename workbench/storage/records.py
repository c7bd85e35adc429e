"""Records ↔ JSON objects, driven by the model's type hints.

Every record class gets one codec, compiled once from its dataclass fields: JSON keys are
the field names, fields at their default are left out of the file (small, clean diffs),
and reading checks each value's type and reports the JSON path of anything wrong.

Reading first tries a quick pass that checks the same things but makes no paths (nearly
every record of a file is right, and the paths cost more than the checks); only a record
that fails it is read again the careful way, which finds and names every problem.
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

from workbench.i18n import Joined, Msg, _t
from workbench.storage.errors import Problem

INVALID = object()  # a value that failed to read; its problem is already recorded
_ABSENT = object()  # not among an enum's values


class _Wrong(Exception):
    """The quick pass met something wrong: the careful pass will say what and where."""


class Problems:
    """Collects the problems of one load, so a user sees them all at once."""

    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, path: str, message: str) -> Any:
        """`message` is a Msg, so the reader sees it in their language; the path stays."""
        self.items.append(Problem(path, message))
        return INVALID

    def __bool__(self) -> bool:
        return bool(self.items)


Reader = Callable[[Any, str, Problems], Any]
Writer = Callable[[Any], Any]
Quick = Callable[[Any], Any]  # the value read, or raises _Wrong


@dataclasses.dataclass(frozen=True)
class _Field:
    name: str
    read: Reader
    write: Writer
    required: bool
    default: Any


class RecordCodec:
    def __init__(self, cls: type) -> None:
        self.cls = cls
        hints = typing.get_type_hints(cls)
        self.fields: list[_Field] = []
        for f in dataclasses.fields(cls):
            if f.default is not dataclasses.MISSING:
                default, required = f.default, False
            elif f.default_factory is not dataclasses.MISSING:
                default, required = f.default_factory(), False
            else:
                default, required = None, True
            read, write = _converters(hints[f.name])
            self.fields.append(_Field(f.name, read, write, required, default))
        self.names = frozenset(f.name for f in self.fields)
        self._required = frozenset(f.name for f in self.fields if f.required)
        self._hints = hints
        self._quick: dict[str, Quick] | None = None  # made on first use
        self._exact = {n: t for n, h in hints.items() if (t := _EXACT_TYPES.get(h)) is not None}
        # A frozen record without __post_init__ is its fields and nothing else, so the quick
        # pass may fill them in directly, four times faster than the generated __init__.
        plain = (
            cls.__dataclass_params__.frozen  # a shared default is then never changed
            and not hasattr(cls, "__post_init__")
            and not hasattr(cls, "__slots__")
            and all(f.init for f in dataclasses.fields(cls))
        )
        self._defaults = {f.name: f.default for f in self.fields} if plain else None

    def quick(self, value: Any) -> Any:
        """The record, if everything in `value` is right; raises `_Wrong` otherwise. A file
        leaves out fields at their default, so this walks the keys the file has. Text,
        numbers and true/false, most fields of a file, are checked inline."""
        if type(value) is not dict or not self.names.issuperset(value) \
                or not self._required.issubset(value):
            raise _Wrong
        readers = self._quick
        if readers is None:
            readers = self._quick = {f.name: _quick(self._hints[f.name]) for f in self.fields}
        exact = self._exact
        if self._defaults is not None:
            record = _new(self.cls)
            values = record.__dict__
            values.update(self._defaults)
        else:
            values = {}
        for name, item in value.items():
            kind = exact.get(name)
            if kind is None:
                values[name] = readers[name](item)
            elif type(item) is kind and (kind is not float or _isfinite(item)):
                values[name] = item
            elif kind is float:  # a whole number, or one too large: the reader decides
                values[name] = readers[name](item)
            else:
                raise _Wrong
        return record if self._defaults is not None else self.cls(**values)

    def quick_list(self, values: list[Any]) -> list[Any] | None:
        """Every record of a list in one quick pass, or None when any is wrong (nearly
        every list of a file is right, so reading them one by one is the rare case)."""
        quick = self.quick
        try:
            return [quick(value) for value in values]
        except _Wrong:
            return None

    def read(self, value: Any, path: str, problems: Problems) -> Any:
        try:
            return self.quick(value)
        except _Wrong:
            return self.careful(value, path, problems)

    def careful(self, value: Any, path: str, problems: Problems) -> Any:
        """The record, or INVALID with every problem in `value` recorded under its path."""
        if not isinstance(value, dict):
            return problems.add(path, expected("an object", value))
        for key in value:
            if key not in self.names:
                problems.add(f"{path}.{key}", UNKNOWN_FIELD)
        values = {}
        failed = False
        for f in self.fields:
            if f.name not in value:
                if f.required:
                    problems.add(f"{path}.{f.name}", MISSING)
                    failed = True
                continue
            item = f.read(value[f.name], f"{path}.{f.name}", problems)
            if item is INVALID:
                failed = True
            else:
                values[f.name] = item
        return INVALID if failed else self.cls(**values)

    def write(self, record: Any) -> dict[str, Any]:
        out = {}
        for f in self.fields:
            item = getattr(record, f.name)
            if f.required or item != f.default:
                out[f.name] = f.write(item)
        return out


@cache
def codec(cls: type) -> RecordCodec:
    return RecordCodec(cls)


UNKNOWN_FIELD = Msg("unknown field")
MISSING = Msg("missing")
MUST_NOT_BE_EMPTY = Msg("must not be empty")


def describe(value: Any) -> Msg:
    """What a JSON value is, for a message: "the number 5", "the text 'abc'"."""
    if value is None:
        return Msg("null (no value)")
    if isinstance(value, bool):
        return Msg("true or false")
    if isinstance(value, int | float):
        return Msg("the number {value}", value=str(value))
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "…"
        return Msg("the text '{text}'", text=shown)
    if isinstance(value, list):
        return Msg("a list")
    return Msg("an object")  # JSON has no other kinds


_EXPECTED = {  # what was expected -> the message, one whole sentence for each
    "an object": _t("expected an object, found {found}"),
    "a list": _t("expected a list, found {found}"),
    "text": _t("expected text, found {found}"),
    "true or false": _t("expected true or false, found {found}"),
    "a number": _t("expected a number, found {found}"),
    "a whole number": _t("expected a whole number, found {found}"),
}


def expected(what: str, value: Any) -> Msg:
    """"expected a list, found the number 5"."""
    return Msg(_EXPECTED[what], found=describe(value))


def _converters(hint: Any) -> tuple[Reader, Writer]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint}")
        read_inner, write_inner = _converters(inner[0])
        return _optional(read_inner), lambda v: None if v is None else write_inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            read_item, write_item = _converters(args[0])
            return _tuple_of(read_item), lambda v: [write_item(i) for i in v]
        pairs = [_converters(a) for a in args]
        return _fixed_tuple([r for r, _ in pairs]), lambda v: [
            w(i) for (_, w), i in zip(pairs, v, strict=True)
        ]
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum(hint), lambda v: v.value
    if hint is bool:
        return _bool, _same
    if hint is str:
        return _str, _same
    if hint is float:
        return _float, float  # 5 and 5.0 are one value: write it one way, whatever was typed
    if hint is int:
        return _int, _same
    if dataclasses.is_dataclass(hint):
        return (lambda v, p, pr: codec(hint).read(v, p, pr)), (lambda v: codec(hint).write(v))
    raise TypeError(f"no file form for {hint!r}")


def _quick(hint: Any) -> Quick:
    """The quick pass's reader for one type: the same checks as `_converters`' reader."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = _quick(next(a for a in args if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _quick(args[0])

            def quick_tuple(v: Any) -> Any:
                if not isinstance(v, list):
                    raise _Wrong
                return tuple([item(i) for i in v])

            return quick_tuple
        readers = [_quick(a) for a in args]

        def quick_fixed(v: Any) -> Any:
            if not isinstance(v, list) or len(v) != len(readers):
                raise _Wrong
            return tuple([r(i) for r, i in zip(readers, v, strict=True)])

        return quick_fixed
    if isinstance(hint, type) and issubclass(hint, Enum):
        members = {m.value: m for m in hint}

        def quick_enum(v: Any) -> Any:
            member = members.get(v, _ABSENT) if isinstance(v, str) else _ABSENT
            if member is _ABSENT:
                raise _Wrong
            return member

        return quick_enum
    if dataclasses.is_dataclass(hint):
        return codec(hint).quick
    return _QUICK_PLAIN[hint]


def _checked(test: Callable[[Any], bool]) -> Quick:
    def quick_plain(v: Any) -> Any:
        if not test(v):
            raise _Wrong
        return v

    return quick_plain


def _quick_float(v: Any) -> Any:
    if type(v) is float:
        if not math.isfinite(v):
            raise _Wrong
        return v
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise _Wrong
    try:
        number = float(v)
    except OverflowError:
        raise _Wrong from None
    if not math.isfinite(number):
        raise _Wrong
    return number


# The type JSON gives for each hint (a whole number is never a bool here; a float hint also
# takes a whole number, which its reader turns into a float).
_EXACT_TYPES: dict[Any, type] = {str: str, bool: bool, int: int, float: float}
_isfinite = math.isfinite
_new = object.__new__

_QUICK_PLAIN: dict[Any, Quick] = {
    bool: _checked(lambda v: isinstance(v, bool)),
    str: _checked(lambda v: isinstance(v, str)),
    int: _checked(lambda v: isinstance(v, int) and not isinstance(v, bool)),
    float: _quick_float,
}


def _same(value: Any) -> Any:
    return value


def _optional(read: Reader) -> Reader:
    def read_optional(value: Any, path: str, problems: Problems) -> Any:
        return None if value is None else read(value, path, problems)

    return read_optional


def _tuple_of(read_item: Reader) -> Reader:
    def read_tuple(value: Any, path: str, problems: Problems) -> Any:
        if not isinstance(value, list):
            return problems.add(path, expected("a list", value))
        items = tuple(read_item(item, f"{path}[{i}]", problems) for i, item in enumerate(value))
        return INVALID if any(item is INVALID for item in items) else items

    return read_tuple


def _fixed_tuple(readers: list[Reader]) -> Reader:
    def read_fixed(value: Any, path: str, problems: Problems) -> Any:
        if not isinstance(value, list) or len(value) != len(readers):
            return problems.add(path, Msg("expected a list of {count}, found {found}",
                                          count=len(readers), found=describe(value)))
        items = tuple(
            r(item, f"{path}[{i}]", problems)
            for i, (r, item) in enumerate(zip(readers, value, strict=True))
        )
        return INVALID if any(item is INVALID for item in items) else items

    return read_fixed


def _enum(enum: type[Enum]) -> Reader:
    members = {m.value: m for m in enum}
    known = Joined(tuple(members))  # "a, b, c" / "a、b、c"

    def read_enum(value: Any, path: str, problems: Problems) -> Any:
        if isinstance(value, str) and value in members:
            return members[value]
        if isinstance(value, str):
            message = Msg("'{value}' is not a known value (known: {known})", value=value,
                          known=known)
        else:
            message = Msg("{found} is not a known value (known: {known})",
                          found=describe(value), known=known)
        return problems.add(path, message)

    return read_enum


def _bool(value: Any, path: str, problems: Problems) -> Any:
    if isinstance(value, bool):
        return value
    return problems.add(path, expected("true or false", value))


def _str(value: Any, path: str, problems: Problems) -> Any:
    if isinstance(value, str):
        return value
    return problems.add(path, expected("text", value))


def _float(value: Any, path: str, problems: Problems) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return problems.add(path, expected("a number", value))
    try:
        number = float(value)
    except OverflowError:
        return problems.add(path, Msg("number too large"))
    if not math.isfinite(number):
        return problems.add(path, Msg("number too large"))
    return number


def _int(value: Any, path: str, problems: Problems) -> Any:
    if isinstance(value, bool) or not isinstance(value, int):
        return problems.add(path, expected("a whole number", value))
    return value
