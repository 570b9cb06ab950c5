"""Throughput of a whole kgraph build against bare spaCy, with a per-stage breakdown, all in the same run.

    python -m benchmarks.throughput [--articles 600] [--shared ../shared] [--model NAME] [--workers 2]

Needs the shared development folder beside the repository (--shared, default ../shared): it builds a
corpus of distinct articles from the sentences of its PLOVER and CaRB benchmark files
(benchmarks/plover/dev.jsonl, benchmarks/carb/dev.txt; each article a different combination of
sentences, so no text repeats). Then, in one run, it times:

- bare `nlp.pipe` of the same spaCy model (spacy.load, no kgraph components): the baseline, in this
  (warm) process, and as a new process that loads the model and parses the same file, as a build is;
- the same bare pipeline loaded as kgraph loads it, its layers on numpy's BLAS (kgraph.nlp.load_spacy): how
  much of kgraph's lead comes from that alone, so that what kgraph's own work costs stays in view;
- each stage of a build on its own: reading the inputs, loading kgraph's pipeline, kgraph's
  `nlp.pipe`, extraction, resolution, RDF (the quads), the store (first write into an empty
  Oxigraph store) and the output files (graph.trig, graph.html, reports, Gephi files);
- the whole `kgraph build` command, run as a user runs it (a new process), with 1 worker and with
  WORKERS workers (and bare spaCy with as many processes);

and prints words per second and the ratios: build / bare spaCy (goal >= 0.90 with one process) and
WORKERS workers / 1 worker (goal >= 1.8 with two). Each whole run is repeated (--repeat) and the
fastest kept, since on a shared machine the others are slowed by other people's work.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `kgraph` sets it, before numpy is imported

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from kgraph.export import Built, write_outputs
from kgraph.extract import extract
from kgraph.ingest import read_inputs
from kgraph.nlp import BATCH_SIZE, DEFAULT_MODEL, load_pipeline, load_spacy
from kgraph.resolve import resolve
from kgraph.store import open_writer, store_spec, sync

ROOT = Path(__file__).resolve().parent.parent


def sentences(shared: Path) -> list[str]:
    """Every distinct sentence of the PLOVER and CaRB files, CaRB's tokenisation undone."""
    found = [json.loads(line)["text"] for line in (shared / "benchmarks/plover/dev.jsonl").read_text().splitlines()]
    for line in (shared / "benchmarks/carb/dev.txt").read_text().splitlines():
        line = re.sub(r" (n't|'s|'re|'ve|'ll|'d|[.,;:!?%)])", r"\1", line)
        found.append(re.sub(r"(\() ", r"\1", line).replace("`` ", '"').replace(" ''", '"'))
    return list(dict.fromkeys(s.strip() for s in found if s.strip()))


def corpus(pool: list[str], n: int, per_article: int) -> list[str]:
    """n articles, each a distinct combination of sentences, in a fixed order for every run."""
    rng = random.Random(20261122)
    seen: set[tuple[int, ...]] = set()
    articles = []
    while len(articles) < n:
        pick = tuple(sorted(rng.sample(range(len(pool)), per_article)))
        if pick not in seen:
            seen.add(pick)
            articles.append("\n".join(pool[i] for i in pick))
    return articles


def timed(label: str, words: int, run, baseline: float | None = None):
    start = time.perf_counter()
    value = run()
    seconds = time.perf_counter() - start
    share = f" {seconds / baseline:6.1%} of bare spaCy" if baseline else ""
    print(f"  {label:<36} {seconds:7.2f} s {words / seconds:9.0f} words/s{share}", flush=True)
    return value, seconds


def stages(path: Path, out: Path, model: str, words: int, bare: float) -> float:
    """Each stage of a one-process build on its own; returns their total seconds."""
    total = 0.0

    def step(label, run):
        nonlocal total
        value, seconds = timed(label, words, run, bare)
        total += seconds
        return value

    documents, _ = step("read inputs", lambda: read_inputs([path]))
    nlp = step("load kgraph's pipeline", lambda: load_pipeline(model))
    docs = step("nlp: kgraph's nlp.pipe", lambda: list(nlp.pipe((d.text for d in documents), batch_size=BATCH_SIZE)))
    extractions = step("extract", lambda: [extract(doc, d) for doc, d in zip(docs, documents, strict=True)])
    kg = step("resolve", lambda: resolve(extractions))
    built = Built(kg)
    step("RDF: quads and digests", lambda: built.graphs)

    def write_store():
        with open_writer(store_spec(None, out)) as target:
            return sync(target, built.graphs)

    step("store: first write (Oxigraph)", write_store)
    step("outputs: trig, html, reports, gephi", lambda: write_outputs(built, out))
    return total


# bare spaCy as a user runs it on the same file: a new process that starts Python, loads the model and parses
BARE_PROCESS = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f]
for _ in nlp.pipe(texts, batch_size=int(sys.argv[3])):
    pass
"""


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (worker processes)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def best(label: str, words: int, run, repeat: int) -> tuple[float, float]:
    """The fastest of `repeat` runs, in wall-clock and in CPU seconds: on a shared machine other people's work
    slows the clock, much less the CPU time a run needs."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        run()
        wall.append(time.perf_counter() - start)
        cpu.append(cpu_seconds() - start_cpu)
    print(
        f"  {label:<36} {min(wall):7.2f} s {words / min(wall):9.0f} words/s   CPU {min(cpu):7.2f} s (best of {repeat})",
        flush=True,
    )
    return min(wall), min(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--sentences-per-article", type=int, default=6)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared development folder")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each whole measurement; the best is kept")
    args = parser.parse_args()

    texts = corpus(sentences(args.shared), args.articles, args.sentences_per_article)
    assert len(set(texts)) == len(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} distinct articles, {words} words; model {args.model}; load {os.getloadavg()}")

    nlp = spacy.load(args.model)
    list(nlp.pipe(texts[:20]))  # warm up
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": f"bench-{i:05d}", "text": text}) + "\n")
        print("whole runs:")
        bare, bare_cpu = best(
            "bare spaCy nlp.pipe, 1 process", words, lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE)), args.repeat
        )

        on_numpy = load_spacy(args.model)
        list(on_numpy.pipe(texts[:20]))
        numpy_blas, _ = best(
            "bare spaCy on numpy's BLAS, 1 process",
            words,
            lambda: list(on_numpy.pipe(texts, batch_size=BATCH_SIZE)),
            args.repeat,
        )

        bare_process = [sys.executable, "-c", BARE_PROCESS, args.model, str(path), str(BATCH_SIZE)]
        fresh, fresh_cpu = best(
            "bare spaCy, a new process",
            words,
            lambda: subprocess.run(bare_process, check=True, stdout=subprocess.DEVNULL),
            args.repeat,
        )

        def kgraph_build(workers: int) -> None:
            command = [sys.executable, "-m", "kgraph", "build", str(path), "--out", str(Path(tmp) / f"w{workers}")]
            options = ["--model", args.model, "--workers", str(workers), "--quiet"]
            subprocess.run([*command, *options], check=True, stdout=subprocess.DEVNULL)

        one, one_cpu = best("kgraph build, 1 worker", words, lambda: kgraph_build(1), args.repeat)
        many, _ = best(f"kgraph build, {args.workers} workers", words, lambda: kgraph_build(args.workers), args.repeat)
        bare_many, _ = best(
            f"bare spaCy nlp.pipe, {args.workers} processes",
            words,
            lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=args.workers)),
            args.repeat,
        )
        print("stages of a one-process build, each on its own (one run; percentages of the bare spaCy above):")
        total = stages(path, Path(tmp) / "stages", args.model, words, bare)
        print(
            f"  {'sum of the stages':<36} {total:7.2f} s {words / total:9.0f} words/s {total / bare:6.1%} of bare spaCy"
        )

    print(f"\nload {os.getloadavg()}")
    print(f"kgraph build 1 worker / bare spaCy 1 process:            {bare / one:.2f}  (goal >= 0.90)")
    print(f"  the same in CPU seconds (less sensitive to load):       {bare_cpu / one_cpu:.2f}")
    print(f"kgraph build 1 worker / bare spaCy, a new process:  {fresh / one:.2f}  (CPU {fresh_cpu / one_cpu:.2f})")
    print(f"bare spaCy on numpy's BLAS / bare spaCy, 1 process:      {bare / numpy_blas:.2f}")
    print(f"kgraph build 1 worker / bare spaCy on numpy's BLAS:      {numpy_blas / one:.2f}  (kgraph's own work)")
    print(
        f"kgraph build {args.workers} workers / kgraph build 1 worker:            {one / many:.2f}  (goal >= 1.8 for 2)"
    )
    print(f"kgraph build {args.workers} workers / bare spaCy {args.workers} processes:        {bare_many / many:.2f}")
    print(f"bare spaCy {args.workers} processes / 1 process:                  {bare / bare_many:.2f}")


if __name__ == "__main__":
    main()
