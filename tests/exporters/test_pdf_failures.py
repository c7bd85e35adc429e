"""When the report cannot be written, the user is told why in words they can act on, and
nothing is left behind: no half-written PDF, no temporary file, the old report untouched."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from exporters import pdf as pdf_module
from exporters.pdf import ReportError, SaveError, export_report
from workbench.examples import EXAMPLES


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.pdf"
    with pytest.raises(SaveError, match="folder does not exist"):
        export_report(EXAMPLES["example"](), target)
    assert not target.parent.exists()


def test_a_folder_in_place_of_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.mkdir()
    with pytest.raises(SaveError, match="report.pdf"):
        export_report(EXAMPLES["example"](), target)
    assert target.is_dir() and _leftovers(tmp_path) == ["report.pdf"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders"
)
def test_a_folder_without_write_access(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            export_report(EXAMPLES["example"](), folder / "report.pdf")
        assert _leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_report_held_open_by_another_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a file a PDF viewer has open; the rename fails."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report from last week")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(destination))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError, match="open in another program"):
        export_report(EXAMPLES["example"](), target)
    assert target.read_bytes() == b"the report from last week"
    assert _leftovers(tmp_path) == ["report.pdf"]


def test_a_failure_while_laying_out_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(parts: object) -> list:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(pdf_module, "build_story", broken)
    with pytest.raises(RuntimeError):
        export_report(EXAMPLES["example"](), tmp_path / "report.pdf")
    assert _leftovers(tmp_path) == []


def test_an_unknown_version_or_paper_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no version named 'Future'"):
        export_report(EXAMPLES["example"](), tmp_path / "a.pdf", before="Future")
    with pytest.raises(ReportError, match="unknown paper 'b5'"):
        export_report(EXAMPLES["example"](), tmp_path / "b.pdf", paper="b5")
    assert _leftovers(tmp_path) == []


def test_versions_are_chosen_by_name_or_id(tmp_path: Path) -> None:
    result = export_report(
        EXAMPLES["example"](), tmp_path / "r.pdf", before="to-be", after="v-as-is"
    )
    assert result.pages > 0 and _leftovers(tmp_path) == ["r.pdf"]
