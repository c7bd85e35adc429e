"""The catalogue of workbench/, exporters/ and cli/: complete, in step with the source,
compiled from what is committed, and using the glossary's words, as the window's catalogue does.

English is the source language, so "complete" means every entry has its Simplified Chinese.
"""

from __future__ import annotations

import csv
import gettext
import re
import string
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from workbench.i18n import LOCALE_FOLDER, Msg, translator

ROOT = Path(__file__).resolve().parents[2]
PO = LOCALE_FOLDER / "zh_CN" / "LC_MESSAGES" / "workbench.po"
TS = ROOT / "resources" / "translations" / "process_workbench_zh_CN.ts"
GLOSSARY = ROOT / "docs" / "glossary.csv"

sys.path.insert(0, str(ROOT / "scripts"))
import update_catalogue  # noqa: E402


def _catalogue():
    with PO.open("rb") as handle:
        return read_po(handle)


def _entries() -> list:
    return [m for m in _catalogue() if m.id]


def test_every_entry_is_translated():
    missing = [m.id for m in _entries() if not m.string]
    assert not missing, f"{len(missing)} untranslated, e.g. {missing[:3]}"


def test_the_catalogue_holds_exactly_the_strings_the_source_uses():
    """No entry unused (a string the code no longer says), none missing (a marked string the
    catalogue never saw); scripts/update_catalogue.py puts both right."""
    used = set(update_catalogue.extracted())
    held = {(m.id, m.context) for m in _entries()}
    assert not held - used, f"unused entries: {sorted(held - used)[:5]}"
    assert not used - held, f"strings missing from the catalogue: {sorted(used - held)[:5]}"


def test_the_committed_files_are_in_step(tmp_path):
    """The .po is what the script writes from the source, and the .mo is compiled from it."""
    catalog = update_catalogue.updated("zh_CN", update_catalogue.extracted())
    assert PO.read_bytes() == update_catalogue.po_bytes(catalog)
    assert PO.with_suffix(".mo").read_bytes() == update_catalogue.mo_bytes(catalog)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_placeholders_survive_translation():
    wrong = [m.id for m in _entries() if _fields(m.id) != _fields(m.string)]
    assert not wrong, wrong[:5]


def test_the_runtime_reads_the_compiled_catalogue():
    catalogue = gettext.translation("workbench", str(LOCALE_FOLDER), ["zh_CN"])
    assert catalogue.gettext("Line of interaction") == "互动线"
    assert translator("zh-CN").render(Msg("Lane '{lane}' has no steps.", lane="客户")) == (
        "泳道“客户”中没有步骤。"
    )
    assert translator("en").render(Msg("Lane '{lane}' has no steps.", lane="x")) == (
        "Lane 'x' has no steps."
    )


def _window_entries() -> list[tuple[str, str]]:
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found.append((source, "".join(forms) if forms else translation.text or ""))
    return found


GLOSSARY_TERMS = list(csv.DictReader(GLOSSARY.open(encoding="utf-8")))


@pytest.mark.parametrize("term", GLOSSARY_TERMS, ids=lambda t: t["english"])
def test_both_catalogues_use_the_glossary_s_word(term):
    """Wherever an English text uses a glossary term, its Chinese uses the glossary's word:
    the window, the report and the command line call one thing by one name."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(term['english'])}(e?s)?(?![\w-])", re.I)
    entries = [(m.id, m.string) for m in _entries()] + _window_entries()
    wrong = [
        (source, chinese)
        for source, chinese in entries
        if pattern.search(source) and term["chinese"] not in chinese
    ]
    assert not wrong, wrong[:3]


def test_the_glossary_holds_the_terms_of_the_field_cases():
    chinese = {t["chinese"] for t in GLOSSARY_TERMS}
    for word in ("客户泳道", "互动线", "可视线", "增值", "必要", "浪费", "流程四要素", "话术",
                 "折返跑", "首问负责"):  # fmt: skip
        assert word in chinese, word
