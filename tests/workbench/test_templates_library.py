"""The template library: bundled and folder templates, new from a template, saving into a
shared folder that several teams write to, and refusing untrusted files."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from workbench import templates
from workbench.examples import complaint_handling
from workbench.model import Status
from workbench.storage import FormatError, dumps_document, load_document
from workbench.templates import (
    BUILT_IN,
    BUNDLED,
    TemplateError,
    find,
    import_template,
    list_templates,
    new_document_from,
    save_as_template,
    scan,
)


def test_lists_the_bundled_cases_in_both_languages_and_the_example() -> None:
    found = {(t.name, t.language, t.source) for t in list_templates()}
    assert ("network-complaints", "zh-CN", BUNDLED) in found
    assert ("network-complaints", "en", BUNDLED) in found
    assert ("example", "en", BUILT_IN) in found


def test_cards_come_from_the_document_metadata() -> None:
    card = find("network-complaints", "zh")
    assert card.language == "zh-CN" and "投诉" in card.title
    assert card.metadata.description and card.metadata.tags


def test_a_missing_name_or_language_is_explained() -> None:
    with pytest.raises(TemplateError, match="network-complaints"):
        find("nope")
    with pytest.raises(TemplateError, match="zh-CN"):
        find("network-complaints", "fr")


def test_new_from_a_template_is_an_independent_fresh_document() -> None:
    template = find("network-complaints", "en")
    document = new_document_from(template, today="2030-01-02")
    assert document.metadata.created == document.metadata.updated == "2030-01-02"
    assert document.metadata.status is Status.DRAFT
    assert document.metadata.title == template.title
    first = document.versions[0]
    with document.edit(first.id):
        document.change_version(first.id, name="Mine")
    assert template.load().versions[0].name != "Mine"  # the template is untouched


def test_save_as_template_round_trip_into_a_team_folder(tmp_path: Path) -> None:
    team = tmp_path / "team"
    team.mkdir()
    document = new_document_from(find("network-complaints", "en"))
    path = save_as_template(document, team, "Guangdong complaints")
    assert path == team / "Guangdong complaints.en.pwb"
    listed = [t for t in list_templates([team]) if t.source == str(team)]
    assert [(t.name, t.language) for t in listed] == [("Guangdong complaints", "en")]
    colleague = new_document_from(find("guangdong complaints", "en", [team]))
    assert [v.name for v in colleague.versions] == [v.name for v in document.versions]


def test_one_version_can_be_saved_alone(tmp_path: Path) -> None:
    document = complaint_handling()
    path = save_as_template(document, tmp_path, "to-be only", version_id="v-to-be")
    saved = load_document(path)
    assert [v.id for v in saved.versions] == ["v-to-be"]
    assert saved.versions[0].derived_from is None


def test_a_name_clash_keeps_both(tmp_path: Path) -> None:
    first = save_as_template(complaint_handling(), tmp_path, "complaints")
    before = first.read_bytes()
    second = save_as_template(complaint_handling(), tmp_path, "complaints")
    assert second.name == "complaints (2).en.pwb"
    assert first.read_bytes() == before


@pytest.mark.parametrize(
    "name",
    [
        "../escape",
        "..",
        "a/b",
        "a\\b",
        "/etc/passwd",
        "C:evil",
        "CON",
        "nul.txt",
        ".hidden",
        "trailing.",
        "",
        "  ",
        "x" * 101,
        "tab\there",
    ],
)
def test_names_that_could_write_outside_the_folder_are_refused(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "library"
    folder.mkdir()
    with pytest.raises(TemplateError):
        save_as_template(complaint_handling(), folder, name)
    assert list(tmp_path.rglob("*.pwb")) == []
    assert list(folder.iterdir()) == []


def test_two_teams_saving_the_same_name_at_once_both_keep_their_file(tmp_path: Path) -> None:
    teams = [f"Team {n}" for n in range(12)]
    barrier = threading.Barrier(len(teams))
    paths: dict[str, Path] = {}
    errors: list[BaseException] = []

    def save(team: str) -> None:
        document = complaint_handling()
        with document.edit():
            document.change_metadata(team=team)
        barrier.wait()
        try:
            paths[team] = save_as_template(document, tmp_path, "complaints")
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=save, args=(team,)) for team in teams]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(set(paths.values())) == len(teams)
    for team, path in paths.items():
        assert load_document(path).metadata.team == team
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths.values())


def test_import_validates_then_copies(tmp_path: Path) -> None:
    source = tmp_path / "incoming" / "roaming.zh-CN.pwb"
    source.parent.mkdir()
    source.write_text(dumps_document(find("network-complaints", "zh").load()), encoding="utf-8")
    library = tmp_path / "library"
    library.mkdir()
    path = import_template(source, library)
    assert path == library / "roaming.zh-CN.pwb"
    assert load_document(path) == load_document(source)


def _valid() -> dict:
    return json.loads(dumps_document(complaint_handling()))


def _nested(depth: int) -> dict:
    data = _valid()
    value: list = []
    for _ in range(depth):
        value = [value]
    data["metadata"]["tags"] = value
    return data


def _dangling() -> dict:
    data = _valid()
    data["versions"][0]["flows"][0]["target"] = "n-nowhere"
    return data


def _wrong_type() -> dict:
    data = _valid()
    data["versions"][0]["nodes"][0]["x"] = "left"
    return data


def _newer() -> dict:
    data = _valid()
    data["schema_version"] = 99
    return data


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_nested(40), "nested deeper"),
        (_dangling(), "there is no step 'n-nowhere'"),
        (_wrong_type(), "expected a number"),
        (_newer(), "newer Process Workbench"),
    ],
    ids=["deep nesting", "dangling id", "wrong type", "newer schema"],
)
def test_bad_templates_are_refused_before_anything_is_written(
    tmp_path: Path, make: dict, message: str
) -> None:
    source = tmp_path / "bad.pwb"
    source.write_text(json.dumps(make), encoding="utf-8")
    library = tmp_path / "library"
    library.mkdir()
    with pytest.raises(FormatError, match=message):
        import_template(source, library)
    assert list(library.iterdir()) == []


def test_an_oversized_template_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(templates, "MAX_TEMPLATE_BYTES", 1000)
    source = tmp_path / "big.pwb"
    source.write_text(dumps_document(complaint_handling()), encoding="utf-8")
    library = tmp_path / "library"
    library.mkdir()
    with pytest.raises(FormatError, match="over the"):
        import_template(source, library)
    assert list(library.iterdir()) == []


def test_a_broken_file_in_a_shared_folder_is_reported_not_listed(tmp_path: Path) -> None:
    (tmp_path / "broken.pwb").write_text("{", encoding="utf-8")
    save_as_template(complaint_handling(), tmp_path, "good")
    library = scan([tmp_path], bundled=False)
    assert [t.name for t in library.templates] == ["good"]
    assert [(p.name, "not valid JSON" in why) for p, why in library.refused] == [
        ("broken.pwb", True)
    ]


@pytest.mark.parametrize(
    "name",
    ["CONIN$", "conout$", "COM¹", "ＣＯＮ", "ｌｐｔ３.draft", "CON .x", "invoice\u202egpj.pwb",
     "a\u2066b", "line\u2028break", "bell\x85"],
    ids=["conin", "conout", "superscript", "fullwidth", "fullwidth-lpt", "space", "rlo",
         "isolate", "line-separator", "c1-control"],
)  # fmt: skip
def test_device_names_and_direction_marks_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(TemplateError):
        save_as_template(complaint_handling(), tmp_path, name)
    assert list(tmp_path.iterdir()) == []


def test_a_file_name_ending_in_a_line_break_never_names_a_template(tmp_path: Path) -> None:
    team, mine = tmp_path / "team", tmp_path / "mine"
    team.mkdir()
    mine.mkdir()
    odd = team / "returns.en\n.pwb"
    odd.write_text(dumps_document(complaint_handling()), encoding="utf-8")
    library = scan([team], bundled=False)
    assert library.templates == () and library.refused[0][0] == odd
    with pytest.raises(TemplateError, match="line break"):
        import_template(odd, mine)
    assert list(mine.iterdir()) == []
