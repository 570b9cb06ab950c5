"""Time per KB of one article built from pathological text, against ordinary text of the same size.

    python -m benchmarks.pathological [--sizes 25,50,100,200] [--shared ../shared] [--model NAME]

Four texts at each size (KB), each one article:

- ordinary:   sentences of the shared PLOVER and CaRB sets, five to a paragraph (the bundled samples
              when ../shared is not there);
- one-line:   the same words with every full stop, question mark and line break taken out: one line,
              one "sentence" as long as the article;
- many-lines: short lines, each a fact between two people with invented names ("Minister Ka Dovel met
              envoy Ri Somar"), as many lines as fit: thousands of facts and mentions in one article;
- references: short lines that each refer back, to invented people and blocs ("Minister Ka Dovel of the
              Rimar League met envoy Ri Somar in talks. The bloc urged the two sides and the court to act.
              They praised the country."): thousands of descriptions, plurals and 'they' in one article,
              each looking back over all that came before it.

Each is written to a file and built the way `kgraph build` builds it (read, spaCy, extraction,
resolution, graph.trig and every other output; the spaCy model loaded once, outside the timings).
The table gives seconds, seconds per KB, the ratio of time per KB to that pattern's time per KB at the
smallest size (flat when the cost is linear in the size), and the ratio to ordinary text of the same
size. It ends with the issue's two checks: time per KB at the largest size at most 1.5x that at the
smallest, and at most 3x that of ordinary text.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as `kgraph` sets it, before numpy is imported

import argparse
import itertools
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from kgraph.export import Built, write_outputs
from kgraph.extract import extract
from kgraph.ingest import read_inputs
from kgraph.nlp import DEFAULT_MODEL, load_pipeline
from kgraph.resolve import resolve

ROOT = Path(__file__).resolve().parent.parent

PATTERNS = ("ordinary", "one-line", "many-lines", "references")
SYLLABLES = ["ka", "do", "vel", "ri", "so", "mar", "tu", "len", "bo", "ra", "ni", "quo", "zan", "pe", "li", "ost"]


def ordinary_sentences(shared: Path) -> list[str]:
    if (shared / "benchmarks/plover/dev.jsonl").is_file():
        from benchmarks.throughput import sentences

        return sentences(shared)
    samples = ROOT / "kgraph" / "samples" / "seeds"
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt")))
    return re.split(r"(?<=[.!?])\s+", text)


def ordinary(pool: list[str], size: int) -> str:
    paragraphs, chars, cycle = [], 0, itertools.cycle(pool)
    while chars < size:
        paragraph = " ".join(next(cycle) for _ in range(5))
        paragraphs.append(paragraph)
        chars += len(paragraph) + 1
    return "\n".join(paragraphs)[:size]


def one_line(pool: list[str], size: int) -> str:
    words = re.sub(r"[.!?;\n]+", " ", ordinary(pool, 2 * size)).split()
    return " ".join(words)[:size].rsplit(" ", 1)[0]


def many_lines(_: list[str], size: int) -> str:
    rng = random.Random(15)

    def name() -> str:
        return " ".join("".join(rng.sample(SYLLABLES, 2)).capitalize() for _ in range(2))

    lines, chars = ["Envoys meet"], 0
    while chars < size:
        line = f"Minister {name()} met envoy {name()}"
        lines.append(line)
        chars += len(line) + 1
    return "\n".join(lines)[:size].rsplit("\n", 1)[0]


def references(_: list[str], size: int) -> str:
    rng = random.Random(16)

    def word() -> str:
        return "".join(rng.sample(SYLLABLES, 2)).capitalize()

    lines, chars = ["Envoys meet"], 0
    while chars < size:
        line = (
            f"Minister {word()} {word()} of the {word()} League met envoy {word()} {word()} in talks. "
            "The bloc urged the two sides and the court to act. They praised the country."
        )
        lines.append(line)
        chars += len(line) + 1
    return "\n".join(lines)[:size].rsplit("\n", 1)[0]


MAKERS = {"ordinary": ordinary, "one-line": one_line, "many-lines": many_lines, "references": references}


def build_seconds(nlp, path: Path, out: Path) -> tuple[float, int]:
    """Seconds to build one file's article into `out` (and the number of facts), as `kgraph build` does."""
    start = time.perf_counter()
    documents, skipped = read_inputs([path])
    assert documents, skipped
    extractions = [extract(nlp(d.text), d) for d in documents]
    built = Built(resolve(extractions), skipped)
    write_outputs(built, out)
    return time.perf_counter() - start, sum(len(e.facts) for e in extractions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="25,50,100,200", help="article sizes in KB")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    pool = ordinary_sentences(args.shared)
    nlp = load_pipeline(args.model)
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}", flush=True)
    per_kb: dict[tuple[str, int], float] = {}
    print(f"{'pattern':<11} {'KB':>4} {'s':>7} {'s/KB':>7} {'facts':>6} {'vs smallest':>12} {'vs ordinary':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm-up.txt"  # imports (SciPy for the page's layout) are not charged to the first size
        warm.write_text(ordinary(pool, 5000), encoding="utf-8")
        build_seconds(nlp, warm, Path(tmp) / "out-warm-up")
        for size, pattern in itertools.product(sizes, PATTERNS):
            path = Path(tmp) / f"{pattern}-{size}.txt"
            path.write_text("Pathological input\n" + MAKERS[pattern](pool, size * 1000), encoding="utf-8")
            seconds, facts = build_seconds(nlp, path, Path(tmp) / f"out-{pattern}-{size}")
            per_kb[pattern, size] = seconds / size
            growth = per_kb[pattern, size] / per_kb[pattern, sizes[0]]
            against = per_kb[pattern, size] / per_kb["ordinary", size]
            print(
                f"{pattern:<11} {size:>4} {seconds:7.1f} {per_kb[pattern, size]:7.3f} {facts:>6} "
                f"{growth:11.2f}x {against:11.2f}x",
                flush=True,
            )
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    largest, smallest = sizes[-1], sizes[0]
    failed = False
    for pattern in PATTERNS[1:]:
        growth = per_kb[pattern, largest] / per_kb[pattern, smallest]
        against = per_kb[pattern, largest] / per_kb["ordinary", largest]
        ok = growth <= 1.5 and against <= 3
        failed |= not ok
        print(
            f"{pattern}: s/KB at {largest} KB is {growth:.2f}x that at {smallest} KB (at most 1.5x) and "
            f"{against:.2f}x ordinary text's (at most 3x): {'ok' if ok else 'FAILED'}"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
