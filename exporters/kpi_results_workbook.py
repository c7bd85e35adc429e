"""KPI results from an Excel workbook: the first sheet's rows, handed to the same reader as
a CSV file (workbench.kpi_results_io), so both say the same row and column when wrong."""

from __future__ import annotations

import os
import zipfile
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from exporters import audit_texts as t
from workbench.i18n import Msg
from workbench.kpi_results_io import ResultImportError

MAX_ROWS = 100_000


def workbook_rows(path: str | os.PathLike[str]) -> list[list[Any]]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as error:
        raise ResultImportError(
            Msg(t.NOT_A_WORKBOOK, path=os.fspath(path), error=str(error))
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS:
                raise ResultImportError(Msg(t.TOO_MANY_ROWS, rows=MAX_ROWS))
            rows.append(list(row))
        return rows
    finally:
        workbook.close()
