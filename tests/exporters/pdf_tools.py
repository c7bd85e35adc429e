"""Reading a generated PDF back the way a reviewer would: poppler's pdftotext, pdfinfo,
pdffonts and pdftoppm (skipped with a reason where poppler-utils is missing), and the
outline (bookmarks) parsed from the file itself, since pypdf is not a dependency."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

POPPLER = ("pdftotext", "pdfinfo", "pdffonts", "pdftoppm")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package poppler-utils)")
    return path


def run(*args: str) -> str:
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)
    return result.stdout


def text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    pages = []
    if first is not None:
        pages += ["-f", str(first)]
    if last is not None:
        pages += ["-l", str(last)]
    return run(need("pdftotext"), "-layout", *pages, str(pdf), "-")


def info(pdf: Path) -> dict[str, str]:
    out = run(need("pdfinfo"), str(pdf))
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_size(pdf: Path, number: int) -> tuple[float, float]:
    """Width and height of one page, in points, as pdfinfo reads them."""
    out = run(need("pdfinfo"), "-f", str(number), "-l", str(number), str(pdf))
    found = re.search(rf"Page\s+{number} size:\s+([\d.]+) x ([\d.]+)", out)
    assert found, out
    return float(found.group(1)), float(found.group(2))


def fonts(pdf: Path) -> str:
    return run(need("pdffonts"), str(pdf))


def base_fonts(pdf: Path) -> set[str]:
    """The /BaseFont names the file itself declares: no poppler needed to read them."""
    return {m.decode("latin-1") for m in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]()]+)",
                                                   pdf.read_bytes())}


def need_cid_maps() -> None:
    """pdftotext maps a non-embedded Chinese CID font to text only with poppler-data."""
    if not Path("/usr/share/poppler/cMap/Adobe-GB1").exists():
        pytest.skip("poppler-data is not installed, so poppler cannot read the CID font's text")


def render(pdf: Path, folder: Path, resolution: int = 20) -> list[Path]:
    run(need("pdftoppm"), "-png", "-r", str(resolution), str(pdf), str(folder / "page"))
    return sorted(folder.glob("page-*.png"))


_TITLE = re.compile(rb"/Title \(((?:\\.|[^\\)])*)\)", re.S)


def outline_titles(pdf: Path) -> list[str]:
    """The titles of the outline entries, in file order (the document's own /Title is the
    one in the info dictionary, which has no /Parent; outline items all have one)."""
    data = pdf.read_bytes()
    titles = []
    for obj in re.split(rb"\bendobj\b", data):
        if b"/Parent" not in obj:
            continue
        match = _TITLE.search(obj)
        if match:
            titles.append(_decode(_unescape(match.group(1))))
    return titles


def _unescape(raw: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(raw):
        if raw[i] == 0x5C and i + 1 < len(raw):  # backslash
            nxt = raw[i + 1 : i + 4]
            octal = re.match(rb"[0-7]{1,3}", nxt)
            if octal:
                out.append(int(octal.group(0), 8))
                i += 1 + len(octal.group(0))
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(
                raw[i + 1 : i + 2], raw[i + 1 : i + 2]
            )
            i += 2
            continue
        out.append(raw[i])
        i += 1
    return bytes(out)


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be")
    return raw.decode("latin-1")
