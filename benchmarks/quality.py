"""Extraction quality: build the sample articles and the PLOVER dev half, score both with the shared scorers.

    python benchmarks/quality.py [--shared ../shared] [--out DIR] [--show N]

Runs `kgraph build` on shared/corpus/seeds and on shared/benchmarks/plover/dev.jsonl, then
shared/tools/score_kg.py (against shared/gold/seeds.json) and shared/tools/score_events.py
on the two outputs, and prints each scorer's last line. With --show N the scorers also list
their misses (N PLOVER records). Exits non-zero when a build or a scorer fails.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(command: list[str]) -> str:
    """A command's standard output; its error output and exit status when it fails."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.strip()}")
    return result.stdout


def kgraph(*args: str) -> list[str]:
    return [sys.executable, "-m", "kgraph", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument("--out", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--show", type=int, default=0, help="also list the scorers' misses (N PLOVER records)")
    args = parser.parse_args()
    shared = args.shared.resolve()
    for needed in ("corpus/seeds", "gold/seeds.json", "benchmarks/plover/dev.jsonl", "tools/score_kg.py"):
        if not (shared / needed).exists():
            parser.error(f"{shared / needed} is missing: point --shared at the shared folder")
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        samples, plover = out / "samples", out / "plover"
        run(kgraph("build", str(shared / "corpus/seeds"), "--out", str(samples), "--quiet"))
        run(kgraph("build", str(shared / "benchmarks/plover/dev.jsonl"), "--out", str(plover), "--quiet"))
        show = ["--show", str(args.show)] if args.show else []
        kg = run(scorer(shared, "score_kg.py", "gold/seeds.json", samples, ["--show"] if args.show else []))
        events = run(scorer(shared, "score_events.py", "benchmarks/plover/dev.jsonl", plover, show))
    if args.show:
        print(kg.rstrip(), events.rstrip(), sep="\n")
    print("samples:", kg.strip().splitlines()[-1])
    print("plover dev:", events.strip().splitlines()[-1])
    return 0


def scorer(shared: Path, tool: str, gold: str, built: Path, extra: list[str]) -> list[str]:
    return [sys.executable, str(shared / "tools" / tool), str(shared / gold), str(built), *extra]


if __name__ == "__main__":
    sys.exit(main())
