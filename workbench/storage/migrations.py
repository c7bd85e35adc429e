"""Stage two and three of loading: check the format marker and schema version, then bring
an older file up to date one version at a time.

Each step is one function from schema N to N+1, tested against a kept sample file of
schema N (tests/workbench/storage/data/). Migrations follow the file's schema version,
never the program's version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from workbench.i18n import Msg
from workbench.storage.errors import FormatError, Problem
from workbench.storage.records import describe

FORMAT_MARKER = "process-workbench"
SCHEMA_VERSION = 2

Migration = Callable[[dict[str, Any]], dict[str, Any]]



def one_to_two(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 keeps approval and review as data. Schema 1's one `review_date` was the
    date the next review falls due (every sample and template dates it ahead), so it
    becomes `next_review`; approvals, the change log and KPI results start empty, since
    a schema-1 file never recorded who approved it or when."""
    metadata = data.get("metadata")
    if isinstance(metadata, dict) and "review_date" in metadata:
        review = metadata.pop("review_date")
        if review != "":
            metadata["next_review"] = review
    return data


# MIGRATIONS[n] turns a schema-n document into a schema-(n+1) one.
MIGRATIONS: dict[int, Migration] = {1: one_to_two}


def schema_version_of(data: Any) -> int:
    """The file's schema version, after checking that it is one of our documents at all."""
    if not isinstance(data, dict):
        raise FormatError(Problem("$", Msg("expected a JSON object, found {found}",
                                           found=describe(data))))
    marker = data.get("format")
    if marker != FORMAT_MARKER:
        if marker is None:
            message = Msg("not a Process Workbench document (no format marker)")
        else:
            message = Msg("not a Process Workbench document (format {found})",
                          found=describe(marker))
        raise FormatError(Problem("$.format", message))
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FormatError(
            Problem("$.schema_version", Msg("expected a whole number from 1, found {found}",
                                            found=describe(version)))
        )
    return version


def migrate(
    data: dict[str, Any],
    target: int = SCHEMA_VERSION,
    migrations: dict[int, Migration] | None = None,
) -> dict[str, Any]:
    steps = MIGRATIONS if migrations is None else migrations
    version = schema_version_of(data)
    if version > target:
        raise FormatError(
            Problem(
                "$.schema_version",
                Msg("written by a newer Process Workbench (schema version {version}; this "
                    "program reads up to {target}). Update Process Workbench to open it.",
                    version=str(version), target=str(target)),
            )
        )
    while version < target:
        step = steps.get(version)
        if step is None:
            raise FormatError(
                Problem("$.schema_version", Msg("no way to upgrade schema version {version}",
                                                version=str(version)))
            )
        data = step(data)
        version += 1
        data["schema_version"] = version
    return data
