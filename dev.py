#!/usr/bin/env python3
"""Set up and run unitcrawl on a fresh machine that has only python3.

    python3 dev.py demo    # install, serve the bundled demo site on 127.0.0.1, crawl it into out/demo.jsonl
    python3 dev.py test    # install, run the whole test suite

Both create ./.venv and install the project with its test dependencies into it
the first time (and again whenever pyproject.toml changes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYTHON = VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
STAMP = VENV / ".installed-from-pyproject"


def run(*args: object) -> int:
    return subprocess.call([str(a) for a in args], cwd=ROOT)


def ensure_installed() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python3 the machine has
        sys.exit(f"unitcrawl needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        venv.create(VENV, with_pip=True)
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    if not STAMP.exists() or STAMP.read_bytes() != pyproject:
        if run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip") or run(
            PYTHON, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"
        ):
            sys.exit("installing unitcrawl into .venv failed (see pip's message above)")
        STAMP.write_bytes(pyproject)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("demo", "test"):
        print(__doc__)
        return 2
    ensure_installed()
    if argv[0] == "demo":
        return run(PYTHON, "-m", "unitcrawl.cli", "demo", "--out", ROOT / "out" / "demo.jsonl", *argv[1:])
    code = run(PYTHON, "-m", "pytest", *argv[1:])
    return 1 if code == 5 else code  # pytest's 5 means it ran no test: that is a failure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
