"""The regression guard of the extraction as a whole: the shared scorer on a fresh build of the samples."""

import json
import subprocess
import sys

from conftest import shared


def test_sample_build_keeps_its_score(tmp_path):
    seeds, gold, tool = shared("corpus/seeds"), shared("gold/seeds.json"), shared("tools/score_kg.py")
    out = tmp_path / "out"
    build = subprocess.run(
        [sys.executable, "-m", "kgraph", "build", str(seeds), "--out", str(out), "--quiet"], capture_output=True
    )
    assert build.returncode == 0, build.stderr
    scored = subprocess.run([sys.executable, str(tool), str(gold), str(out), "--json"], capture_output=True, text=True)
    assert scored.returncode == 0, scored.stderr
    result = json.loads(scored.stdout)
    events = result["events"]
    assert events["f1"] >= 0.90 and events["precision"] >= 0.90, events
    assert result["positions"]["f1"] >= 0.85, result["positions"]
    assert result["affiliations"]["f1"] >= 0.85, result["affiliations"]
