import pytest

from tests.audit_folder import build_audit_folder


@pytest.fixture(scope="session")
def audit_folder(tmp_path_factory):
    return build_audit_folder(tmp_path_factory.mktemp("audit") / "processes")
