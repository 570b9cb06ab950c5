"""Builds on a Dask cluster: the scaling from 1 to 2 workers, and the coordinator's memory as the corpus grows.

    python -m benchmarks.scale [--sizes 10000,50000] [--ratio-articles 2000] [--workers 2] [--shared ../shared]

Needs the shared development folder beside the repository (--shared, default ../shared): the corpus is
made of the sentences of its PLOVER and CaRB benchmark files, as benchmarks/throughput.py makes it (each
article a different combination of --sentences-per-article sentences, so no two articles are the same),
written as a gzipped JSONL feed (one article a line), the form a large feed takes.

A real cluster is started for each measurement: a `dask scheduler` and N `dask worker` processes (one
thread each) on 127.0.0.1, and `kgraph build FEED --scheduler ADDRESS --no-analysis` is run as a user
runs it (a new process, the coordinator). In one run it measures:

- scaling: the first --ratio-articles articles built with 1 worker and with --workers workers (the fastest
  of --repeat runs each); prints words/s and the ratio (goal >= 1.8 for 2 workers on 2 cores);
- memory: each of --sizes built with --workers workers; prints words/s and the coordinator's peak RSS
  (its own ru_maxrss, the build started by a small launcher process, since a process forked from this one
  would count this one's memory too; the workers and scheduler are other processes), and the ratio of the
  largest size's peak to the smallest's (goal <= 1.15 for 50k against 10k).

The load average is printed with every measurement, and the CPU seconds the workers used (as cores: CPU
seconds / wall seconds): on a shared machine, 2 workers that got less than 2 cores say so there.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `kgraph` sets it, before numpy is imported

import argparse
import contextlib
import gzip
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psutil  # a dependency of dask.distributed

from benchmarks.throughput import corpus, sentences

ROOT = Path(__file__).resolve().parent.parent
KGRAPH = [sys.executable, "-m", "kgraph"]
DASK = str(Path(sys.executable).parent / "dask")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Cluster:
    address: str
    workers: list[subprocess.Popen]

    def cpu_seconds(self) -> float:
        """CPU time the worker processes (each `dask worker`, its nanny and its worker) have used so far."""
        total = 0.0
        for process in self.workers:
            with contextlib.suppress(psutil.Error):
                parent = psutil.Process(process.pid)
                for each in [parent, *parent.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        times = each.cpu_times()
                        total += times.user + times.system
        return total


@contextlib.contextmanager
def cluster(workers: int, folder: Path) -> Iterator[Cluster]:
    """A Dask scheduler and `workers` single-threaded worker processes on 127.0.0.1."""
    from distributed import Client

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    folder.mkdir(parents=True, exist_ok=True)
    log = (folder / "dask.log").open("wb")
    quiet = {"stdout": log, "stderr": subprocess.STDOUT, "cwd": folder}
    processes = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
                                  **quiet)]  # fmt: skip
    try:
        for number in range(workers):
            options = ["--nthreads", "1", "--nworkers", "1", "--no-dashboard"]
            where = ["--host", "127.0.0.1", "--local-directory", str(folder / f"worker-{number}")]
            processes.append(subprocess.Popen([DASK, "worker", address, *options, *where], **quiet))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=300)
        yield Cluster(address, processes[1:])
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()


def write_feed(texts: list[str], path: Path) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as feed:
        for number, text in enumerate(texts):
            feed.write(json.dumps({"id": f"bench-{number:06d}", "text": text}) + "\n")


# Starts a command and writes its peak RSS (KiB) to the file named first. Linux counts in a process's ru_maxrss
# the memory of the process it was forked from until it calls exec, so a build started from this process (which
# holds the corpus) would report at least this process's RSS; started from this small one, it reports its own.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as report:
    report.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def build(feed: Path, out: Path, on: Cluster) -> tuple[float, int, float]:
    """`kgraph build` of the feed on the cluster, into a fresh folder: seconds, the process's peak RSS (KiB),
    and the CPU seconds the workers used meanwhile."""
    shutil.rmtree(out, ignore_errors=True)
    command = [*KGRAPH, "build", str(feed), "--out", str(out), "--scheduler", on.address, "--no-analysis", "-q"]
    report = out.with_name(out.name + ".maxrss")
    cpu = on.cpu_seconds()
    start = time.perf_counter()
    process = subprocess.run([sys.executable, "-c", LAUNCHER, str(report), *command], capture_output=True)
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"kgraph build failed: {process.stderr.decode()}")
    return seconds, int(report.read_text()), on.cpu_seconds() - cpu


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:  # noqa: PLR0915 (one measurement after another)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,50000", help="corpus sizes (articles) for the memory measurement")
    parser.add_argument("--ratio-articles", type=int, default=2000, help="articles of the 1 vs N workers runs")
    parser.add_argument("--sentences-per-article", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each scaling measurement; the best is kept")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared development folder")
    parser.add_argument("--skip-ratio", action="store_true", help="only the memory measurement")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    largest = max([*sizes, args.ratio_articles])
    texts = corpus(sentences(args.shared), largest, args.sentences_per_article)
    assert len(set(texts)) == len(texts), "every article distinct"
    print(f"corpus: up to {largest} distinct articles of {args.sentences_per_article} sentences; load {load()}")

    with tempfile.TemporaryDirectory(prefix="kgraph-scale-") as tmp:
        root = Path(tmp)
        results: dict[str, float] = {}
        if not args.skip_ratio:
            part = texts[: args.ratio_articles]
            words = sum(len(t.split()) for t in part)
            feed = root / f"ratio-{len(part)}.jsonl.gz"
            write_feed(part, feed)
            print(f"scaling: {len(part)} articles, {words} words (best of {args.repeat})", flush=True)
            for workers in sorted({1, args.workers}):
                with cluster(workers, root / f"dask-{workers}") as on:
                    seconds, _, cpu = min(build(feed, root / "out", on) for _ in range(args.repeat))
                results[f"ratio-{workers}"] = seconds
                print(f"  {workers} Dask worker(s): {seconds:8.1f} s {words / seconds:9.0f} words/s; the workers used "
                      f"{cpu:6.1f} CPU s ({cpu / seconds:.2f} cores, {words / cpu:.0f} words per CPU s)  load {load()}",
                      flush=True)  # fmt: skip
        print(f"memory: {args.workers} Dask workers, the coordinator's peak RSS", flush=True)
        peaks = {}
        with cluster(args.workers, root / "dask-memory") as on:
            for size in sizes:
                part = texts[:size]
                words = sum(len(t.split()) for t in part)
                feed = root / f"memory-{size}.jsonl.gz"
                write_feed(part, feed)
                seconds, peak, cpu = build(feed, root / "out", on)
                peaks[size] = peak
                print(f"  {size:>7} articles {words:>9} words: {seconds:8.1f} s {words / seconds:9.0f} words/s "
                      f"({cpu / seconds:.2f} cores), peak RSS {peak / 1024:7.1f} MiB  load {load()}",
                      flush=True)  # fmt: skip
                feed.unlink()

    print(f"\nload {load()}")
    if not args.skip_ratio:
        one, many = results["ratio-1"], results[f"ratio-{args.workers}"]
        print(f"{args.workers} Dask workers / 1 Dask worker (words/s): {one / many:.2f}  (goal >= 1.8 for 2)")
    if len(peaks) > 1:
        small, large = min(peaks), max(peaks)
        print(f"coordinator peak RSS at {large} / at {small} articles: {peaks[large] / peaks[small]:.2f}  "
              f"(goal <= 1.15)")  # fmt: skip


if __name__ == "__main__":
    main()
