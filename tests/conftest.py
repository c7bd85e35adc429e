"""Test-wide settings: Qt draws offscreen, so GUI tests run without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def audit_folder(tmp_path_factory):
    """The folder of tests/audit_folder.py, built once per run and never changed by a test."""
    from tests.audit_folder import build_audit_folder

    return build_audit_folder(tmp_path_factory.mktemp("audit") / "processes")


@pytest.fixture(scope="session")
def one_language_folder(tmp_path_factory):
    """language -> the folder of tests/audit_folder.py's build_one_language_folder."""
    from tests.audit_folder import build_one_language_folder

    root = tmp_path_factory.mktemp("one-language")
    return {lang: build_one_language_folder(root / lang, lang) for lang in ("zh-CN", "en")}


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path, monkeypatch):
    """The register's cache files go to a folder of the test, never the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
