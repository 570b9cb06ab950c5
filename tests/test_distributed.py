"""Builds on a real Dask cluster started here (a `dask scheduler` and two `dask worker` processes on
127.0.0.1): the same graph as the build in one process, byte for byte; a build killed half-way leaves the
old graph and, run again, resumes without extracting the finished shards again and gives the same graph."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, kgraph_command, run_kgraph
from test_commit import digests_in_files, digests_in_store, state

from kgraph.commit import PAUSE_AT, store_build

# Articles of a feed, invented for these tests; with the samples and --shard-size 2 they make 7 shards.
FEED = [
    "Norway and Chile signed a trade agreement in Oslo on Monday.",
    "The foreign minister of Peru, Ana Quispe, met her Bolivian counterpart in Lima.",
    "Kenya accused Somalia of violating the ceasefire along their border.",
    "Japan pledged aid to the Philippines after the typhoon.",
    "Ana Quispe said Peru would host talks with Bolivia next month.",
    "Canada expelled two Iranian diplomats on Friday.",
    "Brazil and Argentina agreed to reopen their border crossings.",
]
SHARD_OPTIONS = ("--shard-size", "2", "--no-analysis", "-q")


def dask_command() -> str:
    found = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert found, "the `dask` command is not installed (dask[distributed] is a dependency of kgraph)"
    return found


def scheduler_address(scheduler_file: Path, process: subprocess.Popen, seconds: float = 60) -> str:
    """The address a scheduler started on port 0 wrote to its scheduler file: the system picked a port no other test
    holds, so no two servers race for one."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "the Dask scheduler exited"
        if scheduler_file.exists():
            try:
                return json.loads(scheduler_file.read_text(encoding="utf-8"))["address"]
            except (json.JSONDecodeError, KeyError):
                pass  # still being written
        time.sleep(0.2)
    raise AssertionError(f"the Dask scheduler wrote no address in {seconds} s")


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A Dask scheduler and two single-threaded workers, each its own process, on free ports: its address."""
    folder = tmp_path_factory.mktemp("dask")
    scheduler_file = folder / "scheduler.json"
    logs = []

    def start(*args: str) -> subprocess.Popen:
        log = (folder / f"{len(logs)}.log").open("wb")
        logs.append(log)
        return subprocess.Popen([dask_command(), *args], stdout=log, stderr=subprocess.STDOUT, cwd=folder)

    where = ("--host", "127.0.0.1", "--port", "0", "--scheduler-file", str(scheduler_file))
    processes = [start("scheduler", *where, "--no-dashboard")]
    try:
        address = scheduler_address(scheduler_file, processes[0])
        for number in range(2):
            processes.append(
                start(
                    *("worker", address, "--host", "127.0.0.1", "--nthreads", "1", "--nworkers", "1"),
                    *("--no-dashboard", "--local-directory", str(folder / f"worker-{number}"), "--name", f"w{number}"),
                )
            )
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The sample articles and a gzipped feed."""
    folder = tmp_path_factory.mktemp("inputs")
    with gzip.open(folder / "feed.jsonl.gz", "wt", encoding="utf-8") as feed:
        for number, text in enumerate(FEED):
            feed.write(json.dumps({"id": f"feed-{number}", "text": text, "date": "2025-03-0" + str(number + 1)}) + "\n")
    return [str(SAMPLES), str(folder / "feed.jsonl.gz")]


@pytest.fixture(scope="module")
def single_process(inputs, tmp_path_factory) -> Path:
    """The inputs built in one process: what every build of them must give."""
    out = tmp_path_factory.mktemp("single") / "out"
    result = run_kgraph("build", *inputs, "--out", str(out), *SHARD_OPTIONS)
    assert result.returncode == 0, result.stderr
    assert "Built 12 articles" in result.stdout  # 5 samples and 7 feed lines, and nothing skipped
    return out


def test_a_build_on_the_cluster_gives_the_same_graph_byte_for_byte(scheduler, inputs, single_process, tmp_path):
    out = tmp_path / "out"
    result = run_kgraph("build", *inputs, "--out", str(out), "--scheduler", scheduler, *SHARD_OPTIONS)
    assert result.returncode == 0, result.stderr
    assert (out / "graph.trig").read_bytes() == (single_process / "graph.trig").read_bytes()
    assert json.loads((out / "build.json").read_text()) == json.loads((single_process / "build.json").read_text())
    assert not (out / ".kgraph.work").exists(), "the work folder of a finished build is removed"


def test_a_build_killed_half_way_keeps_the_old_graph_then_resumes(scheduler, inputs, single_process, tmp_path):
    out = tmp_path / "out"
    old = run_kgraph("build", str(SAMPLES), "--out", str(out), "--scheduler", scheduler, "-q")
    assert old.returncode == 0, old.stderr
    old_graph, old_build = state(out)

    process = subprocess.Popen(
        [*kgraph_command(), "build", *inputs, "--out", str(out), "--scheduler", scheduler, *SHARD_OPTIONS],
        env={**os.environ, PAUSE_AT: "shard-4"},  # after 4 of the 7 shards are kept
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while (line := process.stderr.readline()) and "paused at shard-4" not in line:
            assert time.monotonic() < deadline, "the build never reached its fourth shard"
        assert process.poll() is None, process.stderr.read()
        second = run_kgraph("build", *inputs, "--out", str(out), "--scheduler", scheduler, *SHARD_OPTIONS)
        assert second.returncode == 1 and f"PID {process.pid}" in second.stderr, "the lock names the running build"
        process.send_signal(signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert state(out, staging_removed=False) == (old_graph, old_build), "a killed build leaves the old graph"

    resumed = run_kgraph("build", *inputs, "--out", str(out), "--scheduler", scheduler, *SHARD_OPTIONS)
    assert resumed.returncode == 0, resumed.stderr
    assert "Resumed an interrupted build: 4 of 7 shards were done already, 3 extracted now" in resumed.stdout
    assert (out / "graph.trig").read_bytes() == (single_process / "graph.trig").read_bytes()
    new_graph = digests_in_files(out)
    assert digests_in_store(out) == new_graph and set(old_graph) < set(new_graph)
    new_build = json.loads((out / "build.json").read_text(encoding="utf-8"))["build"]
    assert store_build(out / "store") == new_build != old_build
    assert not (out / "report.json").exists(), "the old build's analyses are not left beside the new graph"


def test_the_command_line_and_the_pipeline_cut_shards_of_the_same_default_size():
    import inspect

    from kgraph.cli import build_command
    from kgraph.shards import SHARD_SIZE

    assert inspect.signature(build_command).parameters["shard_size"].default == SHARD_SIZE


def _malloc_trim_threshold() -> str | None:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


def test_a_local_clusters_workers_keep_glibcs_adaptive_malloc_thresholds():
    """Dask's fixed trim threshold would map and unmap every large array a worker's parser makes: much system
    time, a slower build on several workers."""
    from kgraph.distributed import engine
    from kgraph.nlp import DEFAULT_MODEL

    with engine(2, None, DEFAULT_MODEL) as run:
        found = run.client.run(_malloc_trim_threshold)
    assert len(found) == 2
    assert set(found.values()) == {None}
