"""Where the command line's words go: UTF-8 text on stdout, problems on stderr.

Labels are often Chinese; a console that cannot show a character gets a replacement mark
instead of a crash.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any, TextIO


def make_streams_safe() -> None:
    """Write UTF-8, replacing what the stream cannot take, on both stdout and stderr."""
    for stream in (sys.stdout, sys.stderr):
        _make_safe(stream)


def _make_safe(stream: TextIO) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
    try:
        if encoding != "utf8":
            reconfigure(encoding="utf-8", errors="replace")
        else:
            reconfigure(errors="replace")
    except (ValueError, OSError):  # a stream already written to in another encoding
        pass


def say(text: str = "") -> None:
    print(text, file=sys.stdout)


def say_json(data: Any) -> None:
    """Print JSON that every reader accepts: a figure that is not finite becomes null."""
    print(json.dumps(_finite(data), indent=2, ensure_ascii=False, allow_nan=False))


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def complain(text: str) -> None:
    print(text, file=sys.stderr)
