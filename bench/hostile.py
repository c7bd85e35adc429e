"""The hostile-input catalogue: every input issue 14 measured, and the content attacks the
loaders already refused, each answered (loaded correctly or refused with a message) within
`BOUND` seconds. Each case runs in a forked child with a time limit, so one that hangs is
reported as such instead of stopping the run; the time is that of the operation alone.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.isolated import run_isolated

BOUND = 2.0  # seconds: the answer every hostile input must get within
LIMIT = 60.0  # seconds: a case still running then is killed and reported as hanging
MB = 1_000_000


@dataclass(frozen=True)
class Result:
    item: str
    name: str
    answer: str
    seconds: float
    ok: bool  # answered as expected within BOUND


# --------------------------------------------------------------------- helpers


def _first_line(error: BaseException) -> str:
    text = str(error).replace("\n", " ")
    return f"{type(error).__name__}: {text[:110]}"


def _timed(call: Callable[[], object], *refusals: type[BaseException]) -> tuple[str, float]:
    started = time.perf_counter()
    try:
        value = call()
        answer = f"answered: {str(value)[:110]}"
    except refusals as error:
        answer = f"refused: {_first_line(error)}"
    return answer, time.perf_counter() - started


def _pwb(data: bytes) -> tuple[str, float]:
    from workbench.storage import FormatError, loads_document

    return _timed(lambda: loads_document(data, "hostile.pwb") and "loaded", FormatError)


def _bpmn(data: bytes) -> tuple[str, float]:
    from exporters.bpmn import BpmnError, import_bpmn

    return _timed(lambda: import_bpmn(data) and "imported", BpmnError)


# ---------------------------------------------------------------- the cases


def escaped_quotes(size: int) -> Callable[[], tuple[str, float]]:
    return lambda: _pwb(b'{"format": "process-workbench", "a": "' + b'\\"' * (size // 2))


def unclosed_brackets() -> tuple[str, float]:
    return _pwb(b"[" * (64 * MB))


def bracket_pairs() -> tuple[str, float]:
    return _pwb(b"[" + b"[]," * (21 * MB) + b"[]]")


def nested_blocks() -> tuple[str, float]:
    return _pwb(b"[" + b",".join([b"[" * 31 + b"]" * 31] * 900_000) + b"]")


def duplicate_keys() -> tuple[str, float]:
    from workbench.examples import EXAMPLES
    from workbench.storage import dumps_document

    text = dumps_document(EXAMPLES["example"]())
    return _pwb(text.replace('"title": ', '"title": "a", "title": ', 1).encode())


def team_folder_with_slow_file() -> tuple[str, float]:
    from workbench.templates import scan

    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "slow.pwb").write_bytes(b'{"a": "' + b'\\"' * 64_000)
        return _timed(lambda: f"{len(scan([folder]).refused)} refused")


def fifo(operation: str) -> Callable[[], tuple[str, float]]:
    def case() -> tuple[str, float]:
        from cli.main import main

        with tempfile.TemporaryDirectory() as folder:
            pipe = Path(folder, "waiting.bpmn" if operation == "import-bpmn" else "waiting.pwb")
            os.mkfifo(pipe)
            library = Path(folder, "library")
            library.mkdir()
            argv = {
                "templates list": ["templates", "list", "--folder", folder],
                "new --folder": ["new", str(Path(folder, "new.pwb")), "--folder", folder],
                "templates import": ["templates", "import", str(pipe), "--folder", str(library)],
                "check": ["check", str(pipe)],
                "import-bpmn": ["import-bpmn", str(pipe), str(Path(folder, "out.pwb"))],
            }[operation]
            with open(os.devnull, "w") as quiet:
                os.dup2(quiet.fileno(), 1)
                os.dup2(quiet.fileno(), 2)
                return _timed(lambda: f"exit code {main(argv)}")

    return case


def huge_coordinates() -> tuple[str, float]:
    from exporters.bpmn import import_bpmn
    from workbench.storage import load_document, save_document

    data = Path(__file__).with_name("huge_coordinates.bpmn").read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder, "huge.pwb")

        def run() -> str:
            save_document(import_bpmn(data).document, out)
            document = load_document(out)
            return f"saved and reopened ({len(document.versions[0].nodes)} steps)"

        return _timed(run)


def symbolic_link() -> tuple[str, float]:
    from workbench.examples import EXAMPLES
    from workbench.storage import backup_path, load_document, save_document

    with tempfile.TemporaryDirectory() as folder:
        real, link = Path(folder, "real.pwb"), Path(folder, "link.pwb")
        save_document(EXAMPLES["example"](), real)
        link.symlink_to(real)

        def run() -> str:
            save_document(EXAMPLES["example"](), link)
            load_document(real)
            kept = link.is_symlink() and backup_path(real).is_file()
            return "link kept, file and backup saved" if kept else "LINK REPLACED"

        return _timed(run)


def many_lanes() -> tuple[str, float]:
    from cli import render
    from cli.analysis import analyse
    from workbench.builder import VersionBuilder
    from workbench.document import Document
    from workbench.model import Metadata

    b = VersionBuilder("As-is", "v")
    customer, desk = b.lane("Customer", "customer"), b.lane("Desk", "frontstage")
    start, answer, done = b.start(customer, "Call"), b.task(desk, "Answer", 5), b.end(customer)
    b.flow(start, answer)
    b.flow(answer, done)
    for i in range(100_000):
        b.lane(f"Empty {i}", "backstage")
    document = Document(Metadata(title="many lanes"), [], [b.build()])

    def run() -> str:
        version = document.versions[0]
        findings = analyse(document, [version])[0].findings
        render.findings_table([(version, f) for f in findings], show_version=False)
        return f"{len(findings):,} findings named"

    return _timed(run)


def unknown_encoding() -> tuple[str, float]:
    return _bpmn(b'<?xml version="1.0" encoding="x-no-such"?><definitions/>')


def huge_comment() -> tuple[str, float]:
    body = (
        b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">'
        b'<process id="p"><task id="t" name="Work"/></process></definitions>'
    )
    return _bpmn(b"<?xml version='1.0'?><!--" + b"x" * (31 * MB) + b"-->" + body)


def damaged_sidecar(pid: str) -> Callable[[], tuple[str, float]]:
    def case() -> tuple[str, float]:
        from workbench.examples import EXAMPLES
        from workbench.recovery import RecoveryStore

        with tempfile.TemporaryDirectory() as folder:
            store = RecoveryStore(folder)
            for key in ("damaged", "good"):
                store.write(key, EXAMPLES["example"](), None)
            info = Path(folder, "damaged.recovery.json")
            text = info.read_text()
            info.write_text(text.replace(f'"pid": {os.getpid()}', f'"pid": {pid}'))
            return _timed(lambda: f"offered: {[e.key for e in store.orphaned()]}")

    return case


def template_name(name: str) -> Callable[[], tuple[str, float]]:
    def case() -> tuple[str, float]:
        from workbench.examples import EXAMPLES
        from workbench.templates import TemplateError, save_as_template

        with tempfile.TemporaryDirectory() as folder:
            document = EXAMPLES["example"]()
            return _timed(lambda: save_as_template(document, folder, name), TemplateError)

    return case


def newline_file_name() -> tuple[str, float]:
    from workbench.examples import EXAMPLES
    from workbench.storage import save_document
    from workbench.templates import TemplateError, import_template

    with tempfile.TemporaryDirectory() as folder:
        odd, library = Path(folder, "returns.en\n.pwb"), Path(folder, "library")
        library.mkdir()
        save_document(EXAMPLES["example"](), odd, backup=False)
        return _timed(lambda: import_template(odd, library), TemplateError)


def billion_laughs() -> tuple[str, float]:
    entities = "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    return _bpmn(f"<?xml version='1.0'?><!DOCTYPE d [{entities}]><d>&a9;</d>".encode())


def external_entity() -> tuple[str, float]:
    return _bpmn(b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                 b"<d>&x;</d>")  # fmt: skip


def deep_xml() -> tuple[str, float]:
    return _bpmn(b"<a>" * 1_000_000 + b"</a>" * 1_000_000)


CASES: list[tuple[str, str, Callable[[], tuple[str, float]], str]] = [
    # (issue item, case, the call, what the answer must start with)
    ("1", "escaped quotes, unterminated, 128 KB", escaped_quotes(128_000), "refused"),
    ("1", "escaped quotes, unterminated, 1 MB", escaped_quotes(MB), "refused"),
    ("1", "escaped quotes, unterminated, 60 MB", escaped_quotes(60 * MB), "refused"),
    ("1", "team folder holding the 128 KB file: templates list", team_folder_with_slow_file,
     "answered: 1 refused"),
    ("1", "64 MB of unclosed brackets", unclosed_brackets, "refused"),
    ("1", "21 million empty lists (64 MB)", bracket_pairs, "refused"),
    ("1", "900,000 blocks nested 31 deep (57 MB)", nested_blocks, "refused"),
    *[("2", f"FIFO named *.pwb: {op}", fifo(op), "answered: exit code")
      for op in ("templates list", "new --folder", "templates import", "check", "import-bpmn")],
    ("3", "BPMN coordinates of +-1.7e308: import, save, reopen", huge_coordinates, "answered"),
    ("5", "saving through a symbolic link", symbolic_link, "answered: link kept"),
    ("6", "check naming findings of 100,000 lanes", many_lanes, "answered"),
    ("7", "unknown encoding= in a BPMN declaration", unknown_encoding, "refused"),
    ("8", "one 31 MB comment in a BPMN file", huge_comment, "answered"),
    ("9", 'recovery sidecar with "pid": 1e999', damaged_sidecar("1e999"),
     "answered: offered: ['good']"),
    ("9", "recovery sidecar with a 20-digit pid", damaged_sidecar("12345678901234567890"),
     "answered: offered: ['good']"),
    *[("10", f"template name {name!r}", template_name(name), "refused")
      for name in ("CONIN$", "COM\u00b9", "\uff23\uff2f\uff2e", "invoice\u202egpj")],
    ("10", "importing a file named 'returns.en\\n.pwb'", newline_file_name, "refused"),
    ("11", "duplicate key in a .pwb", duplicate_keys, "refused"),
    ("-", "billion laughs (BPMN)", billion_laughs, "refused"),
    ("-", "external entity reading /etc/passwd (BPMN)", external_entity, "refused"),
    ("-", "XML nested a million deep (BPMN)", deep_xml, "refused"),
]  # fmt: skip


def run_catalogue(names: list[str] | None = None) -> list[Result]:
    results = []
    for item, name, case, expected in CASES:
        if names and not any(n in name for n in names):
            continue
        if name.startswith("FIFO") and not hasattr(os, "mkfifo"):
            continue
        outcome = run_isolated(LIMIT, case)
        if not outcome.finished:
            results.append(Result(item, name, f"HANG: no answer in {LIMIT:.0f} s", LIMIT, False))
            continue
        if not outcome.ok:
            answer = f"CRASH: {_first_line(outcome.value)}"
            results.append(Result(item, name, answer, outcome.seconds, False))
            continue
        answer, seconds = outcome.value
        ok = answer.startswith(expected) and seconds <= BOUND
        results.append(Result(item, name, answer, seconds, ok))
    return results
