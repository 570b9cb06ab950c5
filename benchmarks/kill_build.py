"""kill -9 at moments spread over a rebuild: do the store and the files still agree after the next start?

    python -m benchmarks.kill_build [--trials 20] [--articles 300] [--shared ../shared]

A corpus A is built into a folder. Corpus B changes half of A's articles, drops a tenth and adds a
tenth; building B into a copy of A's folder (with --prune, so the store should hold exactly B's
articles) is timed. Then, for each trial, the folder is reset to A, `kgraph build B --prune` is started
and killed with SIGKILL (with any worker processes): half the trials at moments spread evenly from its start
to its commit point (its journal written), half at moments spread from the commit point to its end (the
store synced, the files moved), both measured on two timed rebuilds. Then the
next command is started (`kgraph query`, which reads the build). After it, the store's article graphs
(their IRIs and digests) must be those of graph.trig, report.json must list graph.trig's articles, and the
build id beside the store (store/kgraph-build) must be build.json's: the old build everywhere, or the new
one everywhere. Leftover staging folders are counted too.

Prints one line per trial and the number of trials whose store and files agree.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `kgraph` sets it, before numpy is imported

import argparse
import contextlib
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kgraph.commit import JOURNAL
from kgraph.store import GRAPH_DIGEST

ROOT = Path(__file__).resolve().parent.parent

KGRAPH = [sys.executable, "-m", "kgraph"]


def corpora(shared: Path, n: int) -> tuple[list[dict], list[dict]]:
    """Corpus A and corpus B (half of A's articles changed, a tenth dropped, a tenth added)."""
    from benchmarks.throughput import corpus, sentences

    texts = corpus(sentences(shared), n + n // 10 + n // 2, 6)
    a = [{"id": f"a-{i:04d}", "text": texts[i]} for i in range(n)]
    rng = random.Random(15)
    b = [dict(r) for r in a[n // 10 :]]
    for i, record in enumerate(rng.sample(b, len(b) // 2)):
        record["text"] = texts[n + n // 10 + i]
    b += [{"id": f"b-{i:04d}", "text": texts[n + i]} for i in range(n // 10)]
    return a, b


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*KGRAPH, *args], capture_output=True, text=True, timeout=1800)


def store_digests(store: Path) -> dict[str, str]:
    held = ox.Store.read_only(str(store))
    try:
        return {
            q.graph_name.value: q.object.value
            for q in held.quads_for_pattern(None, GRAPH_DIGEST, None, None)
            if q.graph_name == q.subject
        }
    finally:
        del held


def file_digests(trig: Path) -> dict[str, str]:
    return {
        q.graph_name.value: q.object.value
        for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        if q.predicate == GRAPH_DIGEST and q.graph_name == q.subject
    }


def which(digests: dict[str, str], builds: dict[str, dict[str, str]]) -> str:
    return next((name for name, expected in builds.items() if digests == expected), "a mix")


def agreement(out: Path, builds: dict[str, dict[str, str]]) -> tuple[str, str, bool]:
    """Which build the store holds, which build the files hold, and whether they and report.json agree."""
    in_store, in_files = store_digests(out / "store"), file_digests(out / "graph.trig")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    reported = {a["id"] for a in report["articles"]}
    trig_ids = {iri.rsplit("/", 1)[1] for iri in in_files}
    manifest = (
        json.loads((out / "build.json").read_text(encoding="utf-8"))["build"]
        if (out / "build.json").is_file()
        else None
    )
    recorded = (
        (out / "store" / "kgraph-build").read_text().strip() if (out / "store" / "kgraph-build").is_file() else None
    )
    agree = in_store == in_files and reported == trig_ids and manifest == recorded
    return which(in_store, builds), which(in_files, builds), agree


def kill_group(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def start_build(inputs: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [*KGRAPH, "build", str(inputs), "--out", str(out), "--prune", "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: the kill reaches spaCy workers too
    )


def wait_for_journal(process: subprocess.Popen, out: Path) -> None:
    """Until the build reaches its commit point (its journal appears) or ends."""
    while not (out / JOURNAL).exists() and process.poll() is None:
        time.sleep(0.001)


def timed_rebuild(pristine: Path, folder: Path, inputs: Path) -> tuple[float, float]:
    """Seconds from the start of a rebuild to its commit point, and to its end."""
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(pristine, folder)
    started = time.monotonic()
    process = start_build(inputs, folder)
    wait_for_journal(process, folder)
    committed = time.monotonic() - started
    assert process.wait() == 0, "the timed rebuild failed"
    return committed, time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        a, b = corpora(args.shared, args.articles)
        a_file, b_file = write_jsonl(a, tmp / "a.jsonl"), write_jsonl(b, tmp / "b.jsonl")
        pristine, timed, out = tmp / "pristine", tmp / "timed", tmp / "out"
        assert run("build", str(a_file), "--out", str(pristine), "-q").returncode == 0
        timings = [timed_rebuild(pristine, timed, b_file) for _ in range(2)]  # the first also warms the cache
        before = min(t[0] for t in timings)  # start to commit point
        window = min(t[1] - t[0] for t in timings)  # commit point to exit: store synced, files moved
        builds = {"old": file_digests(pristine / "graph.trig"), "new": file_digests(timed / "graph.trig")}
        half = args.trials // 2
        print(
            f"rebuild of {len(b)} articles ({len(a)} before): commit point at {before:.2f} s, done "
            f"{window:.2f} s later; {half} kills spread before the commit point, {args.trials - half} after it",
            flush=True,
        )
        agreed, outcomes = 0, Counter()
        for trial in range(args.trials):
            shutil.rmtree(out, ignore_errors=True)
            shutil.copytree(pristine, out)
            process = start_build(b_file, out)
            if trial < half:
                moment = f"{before * (trial + 1) / (half + 1):5.2f} s after the start"
                time.sleep(before * (trial + 1) / (half + 1))
            else:
                after = window * (trial - half) / (args.trials - half)
                moment = f"{after:5.2f} s after the commit point"
                wait_for_journal(process, out)
                time.sleep(after)
            finished = process.poll() is not None
            kill_group(process)
            next_start = run("query", "ASK { ?s ?p ?o }", "--out", str(out))
            store, files, agree = agreement(out, builds)
            agree = agree and next_start.returncode == 0
            agreed += agree
            outcomes[store if agree else "mixed"] += 1
            staging = len(list(out.glob(".kgraph-*")))
            print(
                f"trial {trial + 1:>2}: killed {moment}{' (had finished)' if finished else ''}: "
                f"store {store}, files {files}, staging folders left {staging}: {'agree' if agree else 'DISAGREE'}",
                flush=True,
            )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{agreed}/{args.trials} trials: store and files agree after the next start ({dict(outcomes)})")
    sys.exit(0 if agreed == args.trials else 1)


if __name__ == "__main__":
    main()
