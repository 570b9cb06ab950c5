"""Shared fixtures: the real spaCy pipeline and real builds through the installed CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KGRAPH_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "kgraph" / "samples" / "seeds"


def kgraph_command() -> list[str]:
    """The installed console script when there is one, else the module."""
    script = shutil.which("kgraph", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "kgraph"]


def run_kgraph(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [*kgraph_command(), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="session")
def nlp():
    from kgraph.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """`kgraph build` with no arguments, run in an empty directory: builds the bundled samples."""
    cwd = tmp_path_factory.mktemp("sample-build")
    result = run_kgraph("build", "--quiet", cwd=cwd)
    assert result.returncode == 0, result.stderr
    return cwd / "output"


def shared(path: str) -> Path:
    target = SHARED / path
    if not target.exists():
        pytest.skip(f"{target} is not here (set KGRAPH_SHARED to the shared folder)")
    return target
