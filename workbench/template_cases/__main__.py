"""`python -m workbench.template_cases [FOLDER]`: regenerate the bundled templates."""

from __future__ import annotations

import sys
from importlib.resources import files

from workbench.template_cases import write_all


def main(argv: list[str]) -> int:
    folder = argv[0] if argv else str(files("process_templates"))
    for path in write_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
