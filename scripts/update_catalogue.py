"""Keep the catalogue of `workbench/`, `exporters/` and `cli/` in step with the source (run
from the repository root; the window's own texts are Qt's, see update_translations.py).

Babel extracts every string marked `_t("...")` or `Msg("...", ...)`, plus the names kept
as plain data tables (measures, checks, KPI presets). Each `workbench/locale/*/LC_MESSAGES/
workbench.po` is then updated — translations kept, new strings added untranslated,
strings the source no longer has dropped — and compiled to its `.mo`, which is committed
like the window's `.qm`, so a fresh checkout runs without Babel.

`--check` changes nothing and fails when a catalogue is out of step or incomplete.
"""

from __future__ import annotations

import argparse
import datetime
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("workbench", "exporters", "cli")
LOCALE = ROOT / "workbench" / "locale"
LANGUAGES = ("zh_CN",)
KEYWORDS = {"_t": None, "Msg": None, "tr": None, "tr_in": ((1, "c"), 2)}
# A fixed header date, so running the script twice writes the same bytes (and git sees no change).
FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


Key = tuple[str, str | None]  # (source string, context)


def extracted() -> dict[Key, list[tuple[str, int]]]:
    """Every source string (with its context, if any) -> where it is used."""
    found: dict[Key, list[tuple[str, int]]] = {}
    for folder in SOURCES:
        for name, line, text, _comments, context in extract_from_dir(
            ROOT / folder, [("**/locale/**", "ignore"), ("**.py", "python")], keywords=KEYWORDS
        ):
            if isinstance(text, tuple):  # tr_in(context, text)
                text = text[-1]
            if isinstance(text, str) and text:
                found.setdefault((text, context), []).append((f"{folder}/{name}", line))
    for text, where in data_messages():
        found.setdefault((text, None), []).append((where, 0))
    return found


def data_messages() -> Iterator[tuple[str, str]]:
    """Names kept as data tables in workbench/ and shown in the reader's language."""
    sys.path.insert(0, str(ROOT))
    from workbench.findings import CHECKS
    from workbench.kpi_catalogue import CATALOGUE
    from workbench.measures import MEASURES

    for m in MEASURES:
        yield from ((m.name, "workbench/measures.py"), (m.description, "workbench/measures.py"))
    for c in CHECKS.values():
        yield from ((c.title, "workbench/findings.py"), (c.description, "workbench/findings.py"))
    for p in CATALOGUE:
        for text in (p.name, p.definition, p.formula, p.where):
            if text:
                yield text, "workbench/kpi_catalogue.py"


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "workbench.po"


def updated(language: str, found: dict[Key, list[tuple[str, int]]]) -> Catalog:
    path = po_path(language)
    old = read_po(path.open("rb")) if path.exists() else Catalog(locale=language)
    catalog = Catalog(locale=language, project="Process Workbench", fuzzy=False,
                      creation_date=FIXED_DATE, revision_date=FIXED_DATE)
    for text, context in sorted(found, key=lambda key: (key[0], key[1] or "")):
        message = old.get(text, context=context)
        translation = message.string if message is not None and not message.fuzzy else ""
        flags = ("python-brace-format",) if "{" in text else ()
        catalog.add(text, translation, locations=found[(text, context)], flags=flags,
                    context=context)
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    # files without line numbers: moving code around leaves the catalogue as it is
    write_po(out, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def untranslated(catalog: Catalog) -> list[str]:
    return [m.id for m in catalog if m.id and not m.string]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if anything is out of step")
    args = parser.parse_args()
    found = extracted()
    failed = False
    for language in LANGUAGES:
        catalog = updated(language, found)
        missing = untranslated(catalog)
        po, mo = po_path(language), po_path(language).with_suffix(".mo")
        if args.check:
            stale = not po.exists() or po.read_bytes() != po_bytes(catalog)
            stale = stale or not mo.exists() or mo.read_bytes() != mo_bytes(catalog)
            if stale:
                print(f"{po.relative_to(ROOT)} is out of step: run scripts/update_catalogue.py")
                failed = True
        else:
            po.parent.mkdir(parents=True, exist_ok=True)
            po.write_bytes(po_bytes(catalog))
            mo.write_bytes(mo_bytes(catalog))
        if missing:
            print(f"{language}: {len(missing)} strings to translate, e.g. {missing[0]!r}")
            failed = failed or args.check
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
