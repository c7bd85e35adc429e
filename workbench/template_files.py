"""Writing a template into a library folder that other people share.

Team folders are network shares or git checkouts that several teams write to at once, and
template names come from users and from other teams' files. So a name is checked before it
becomes a path (nothing may land outside the folder), and a file is published in one step
that can never replace someone else's: the bytes go to a temporary file beside the target,
are flushed to disk, and are then hard-linked to the final name, which fails if the name is
taken; the next free name ("name (2)") is tried instead. Readers never see half a file, and
two teams saving the same name both keep their template.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from pathlib import Path

from workbench.i18n import Msg
from workbench.storage import SaveError
from workbench.storage.safe_write import save_reason
from workbench.storage.temp_files import create_temp, release, sweep_stale

MAX_NAME_LENGTH = 100
MAX_ATTEMPTS = 1000
SHARED_MODE = 0o664  # readable by all, writable by the team; set once, no umask race
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$",
             *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}  # fmt: skip
_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
# Characters that reorder or hide text (a name that reads "report.pwb" but is not), line
# breaks and control characters: none belongs in a file name others will read.
_DIRECTION_MARKS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                             "\u2066\u2067\u2068\u2069")  # fmt: skip
_UNSEEN_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})


class TemplateError(ValueError):
    """A template that cannot be saved, imported or found; the message (a Msg) says why, in
    the reader's language."""


def safe_name(name: str) -> str:
    """The name as a file-name stem, or TemplateError if it could write outside the folder
    or is not a portable file name (a team folder may be read on Windows too)."""
    stem = name.strip()
    if not stem:
        raise TemplateError(Msg("give the template a name"))
    if os.path.isabs(stem) or stem.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", stem):
        raise TemplateError(
            Msg("'{name}' is a path, not a name: give a plain name such as 'complaints'",
                name=name)
        )
    if any(c in _DIRECTION_MARKS or unicodedata.category(c) in _UNSEEN_CATEGORIES for c in name):
        raise TemplateError(
            Msg("{name} cannot be a template name: it holds a control character, a line "
                "break or a mark that changes the direction of the text", name=repr(name))
        )
    if ".." in stem or _FORBIDDEN.search(stem):
        raise TemplateError(
            Msg("'{name}' cannot be a template name: it must not contain '..', "
                'slashes or any of : * ? " < > |', name=name)
        )
    if stem.startswith(".") or stem.endswith((".", " ")):
        raise TemplateError(
            Msg("'{name}' cannot be a template name: it must not start with a dot "
                "or end with a dot or a space", name=name)
        )
    device = unicodedata.normalize("NFKC", stem.split(".")[0]).rstrip(" ").casefold()
    if device in _RESERVED:  # NFKC: Windows also reads "ＣＯＮ" and "COM¹" as devices
        raise TemplateError(
            Msg("'{name}' is a name Windows reserves for a device; choose another", name=name)
        )
    if len(stem) > MAX_NAME_LENGTH:
        raise TemplateError(
            Msg("the name is {length} characters long; keep it under {limit}",
                length=len(stem), limit=MAX_NAME_LENGTH)
        )
    return stem


def candidate_names(stem: str, suffix: str) -> list[str]:
    """The file names to try in turn: `stem.suffix`, then `stem (2).suffix`, ..."""
    return [f"{stem}{suffix}"] + [f"{stem} ({n}){suffix}" for n in range(2, MAX_ATTEMPTS + 1)]


def publish_new_file(folder: str | os.PathLike[str], names: list[str], data: bytes) -> Path:
    """Write `data` under the first of `names` that is free in `folder`, never replacing a file.

    Raises SaveError (with the reason) if the folder cannot be written or every name is taken.
    """
    folder = Path(folder)
    for name in names:
        if Path(name).name != name:
            raise TemplateError(
                Msg("'{name}' would be written outside the library folder", name=name)
            )
    sweep_stale(folder, "template")  # what a killed publish left
    try:
        temp = create_temp(folder, "template")
    except OSError as error:
        raise SaveError(_explain(error, folder)) from error
    try:
        with open(temp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, SHARED_MODE)
        for name in names:
            target = folder / name
            if _link_if_free(temp, target):
                _fsync_folder(folder)
                return target
        raise SaveError(
            f"Could not save into {str(folder)!r}: every name from {names[0]!r} "
            f"to {names[-1]!r} is taken."
        )
    except OSError as error:
        raise SaveError(_explain(error, folder)) from error
    finally:
        release(temp, remove=True)


def _link_if_free(temp: Path, target: Path) -> bool:
    """Give the written file its final name unless that name exists. Where hard links are
    not supported (some network shares), create the name exclusively and copy into it."""
    try:
        os.link(temp, target)
        return True
    except FileExistsError:
        return False
    except OSError as error:
        if error.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, SHARED_MODE)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(temp.read_bytes())
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _explain(error: OSError, folder: Path) -> Msg:
    return Msg("Could not save into {path}: {reason}. Nothing was written.",
               path=repr(str(folder)), reason=save_reason(error))
