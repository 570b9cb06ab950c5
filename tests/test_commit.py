"""One commit point per build, and the build folder's lock: real builds through the CLI, killed with SIGKILL
at five moments of their commit, two builds at once, a build into a folder being served."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SAMPLES, kgraph_command, run_kgraph
from test_serve import start_server, stop

from kgraph.commit import JOURNAL, PAUSE_AT, store_build

DIGEST = ox.NamedNode("https://w3id.org/kgraph/ontology#graphDigest")


def digests_in_store(out: Path) -> dict[str, str]:
    store = ox.Store.read_only(str(out / "store"))
    try:
        return {
            q.graph_name.value: q.object.value
            for q in store.quads_for_pattern(None, DIGEST, None, None)
            if q.graph_name == q.subject
        }
    finally:
        del store


def digests_in_files(out: Path) -> dict[str, str]:
    return {
        q.graph_name.value: q.object.value
        for q in ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
        if q.predicate == DIGEST and q.graph_name == q.subject
    }


def state(out: Path, staging_removed: bool = True) -> tuple[dict[str, str], str | None]:
    """The build the folder holds, after checking that the store, graph.trig, report.json and build.json agree
    (and that no commit is left to finish; a staging folder is removed by the next build)."""
    in_store, in_files = digests_in_store(out), digests_in_files(out)
    assert in_store == in_files, "the store and graph.trig hold different builds"
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert {a["id"] for a in report["articles"]} == {iri.rsplit("/", 1)[1] for iri in in_files}
    built = json.loads((out / "build.json").read_text(encoding="utf-8"))["build"]
    assert store_build(out / "store") == built, "the store and build.json name different builds"
    assert not (out / JOURNAL).exists(), "a commit was left unfinished"
    assert not (staging_removed and list(out.glob(".kgraph-*"))), "a staging folder was left"
    return in_files, built


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """Inputs A (three samples) and B (one of them edited, one dropped, two added), each built once."""
    root = tmp_path_factory.mktemp("commit")
    a, b = root / "a", root / "b"
    samples = sorted(SAMPLES.glob("*.txt"))
    a.mkdir()
    for sample in samples[:3]:
        shutil.copy(sample, a)
    b.mkdir()
    for sample in samples[1:]:
        shutil.copy(sample, b)
    edited = b / samples[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nNorway urged Sweden to act.\n", encoding="utf-8")
    for name, inputs in (("old", a), ("new", b)):
        result = run_kgraph("build", str(inputs), "--out", str(root / name), "--prune", "-q")
        assert result.returncode == 0, result.stderr
    return root, a, b, state(root / "old")[0], state(root / "new")[0]


def start_build(inputs: Path, out: Path, pause_at: str | None = None) -> subprocess.Popen:
    env = {**os.environ, **({PAUSE_AT: pause_at} if pause_at else {})}
    return subprocess.Popen(
        [*kgraph_command(), "build", str(inputs), "--out", str(out), "--prune", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("staged", "old"),  # every file staged, the commit point not passed
        ("journal", "new"),  # the commit point passed, the store not touched
        ("store", "new"),  # the store written, its record of the build not
        ("recorded", "new"),  # after the store's commit, no file moved
        ("moving", "new"),  # one file moved, the others still staged
    ],
)
def test_a_build_killed_at_any_moment_leaves_the_old_build_or_the_new_one(two_builds, tmp_path, moment, expected):
    root, _, b, old, new = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "old", out)
    build = start_build(b, out, pause_at=moment)
    line = build.stderr.readline()  # the build says where it waits
    assert line.strip() == f"kgraph: paused at {moment}", line
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert list(out.glob(".kgraph-*")), "the kill left something to finish or remove"
    query = run_kgraph("query", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--out", str(out))  # the next start
    assert query.returncode == 0, query.stderr
    assert state(out, staging_removed=False)[0] == {"old": old, "new": new}[expected]
    again = run_kgraph("build", str(b), "--out", str(out), "--prune", "-q")  # and the next build goes on from it
    assert again.returncode == 0, again.stderr
    assert state(out)[0] == new


def test_a_second_build_into_the_same_folder_fails_at_once_naming_the_first(two_builds, tmp_path):
    root, a, b, old, _ = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "old", out)
    first = start_build(b, out, pause_at="staged")
    try:
        assert first.stderr.readline().strip() == "kgraph: paused at staged"
        started = time.monotonic()
        second = run_kgraph("build", str(a), "--out", str(out), "-q")
        assert time.monotonic() - started < 30  # at once: no reading, no spaCy
        assert second.returncode == 1 and "Traceback" not in second.stderr
        assert f"kgraph build (PID {first.pid})" in second.stderr and "in use by" in second.stderr
    finally:
        first.kill()
        first.wait()
    assert run_kgraph("build", str(b), "--out", str(out), "--prune", "-q").returncode == 0
    assert state(out)[0] != old


def test_no_build_writes_into_a_folder_being_served(two_builds, tmp_path):
    root, _, b, old, _ = two_builds
    out = tmp_path / "out"
    shutil.copytree(root / "old", out)
    server, _ = start_server(tmp_path, "--out", str(out))
    try:
        refused = run_kgraph("build", str(b), "--out", str(out), "--prune", "-q")
        assert refused.returncode == 1 and f"kgraph serve (PID {server.pid})" in refused.stderr, refused.stderr
    finally:
        stop(server)
    assert state(out)[0] == old  # untouched
    assert run_kgraph("build", str(b), "--out", str(out), "--prune", "-q").returncode == 0
