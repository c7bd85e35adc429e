"""A register row is the same however it was read: by worker processes and sent back
between processes, or loaded and summarised in this process, for the bundled templates, the
audit folder and generated documents."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from bench.synthetic import synthetic_document
from tests.audit_folder import TODAY, build_audit_folder
from tests.strategies import documents
from workbench.i18n import translator
from workbench.register.entry import summarise
from workbench.register.scan import RegisterCache, read_entry, scan_register
from workbench.storage import load_document, save_document

TEMPLATES = sorted(Path("process_templates").glob("*.pwb"))


def same_rows(scanned, expected) -> None:  # noqa: ANN001
    assert scanned == expected
    chinese = translator("zh-CN")
    for path, row in scanned.items():
        assert [chinese.render(g.text) for g in row.gaps] == [
            chinese.render(g.text) for g in expected[path].gaps], path


def test_rows_from_worker_processes_equal_the_rows_read_here(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    for template in TEMPLATES:
        shutil.copy(template, folder / template.name)
    build_audit_folder(folder / "audit", broken=False)
    for seed in range(40):
        save_document(synthetic_document(20 + seed, seed), folder / f"synthetic-{seed:02d}.pwb",
                      backup=False)
    register = scan_register(folder, RegisterCache(), today=TODAY, workers=2)
    expected = {path.relative_to(folder).as_posix(): load_document(path)
                for path in folder.rglob("*.pwb")}
    expected = {path: summarise(document, path, TODAY) for path, document in expected.items()}
    assert len(expected) == 10 + 10 + 40
    same_rows({e.path: e for e in register.entries}, expected)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(documents())
def test_a_generated_document_s_row_survives_the_way_back_from_a_worker(tmp_path_factory,
                                                                       document):
    folder = tmp_path_factory.mktemp("one")
    save_document(document, folder / "p.pwb", backup=False)
    row = read_entry("p.pwb", str(folder / "p.pwb"), TODAY)
    assert row.readable
    same_rows({"p.pwb": pickle.loads(pickle.dumps(row))}, {"p.pwb": row})
    assert row == summarise(load_document(folder / "p.pwb"), "p.pwb", TODAY)
