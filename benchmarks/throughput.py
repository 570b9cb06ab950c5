"""Throughput of a whole kgraph build against bare spaCy, measured in the same run.

    python benchmarks/throughput.py [--articles 3000] [--shared ../shared] [--model NAME]

Builds a corpus of distinct articles from the sentences of the shared benchmarks (PLOVER
and CaRB: each article a different combination of sentences, so no text repeats), then
times bare `nlp.pipe` of the same model and `kgraph build` of the same corpus with 1 and
2 processes, and prints words per second for each and the ratios kgraph / bare spaCy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import time
from pathlib import Path

import spacy

from kgraph.nlp import BATCH_SIZE, DEFAULT_MODEL
from kgraph.pipeline import build

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


def timed(label: str, words: int, run) -> float:
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    rate = words / seconds
    print(f"{label:<34} {seconds:8.1f} s {rate:10.0f} words/s", flush=True)
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--sentences-per-article", type=int, default=6)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()

    texts = corpus(sentences(args.shared), args.articles, args.sentences_per_article)
    assert len(set(texts)) == len(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} distinct articles, {words} words; model {args.model}", flush=True)

    nlp = spacy.load(args.model)
    bare_1 = timed("bare spaCy nlp.pipe, 1 process", words, lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE)))
    bare_2 = timed(
        "bare spaCy nlp.pipe, 2 processes",
        words,
        lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=2)),
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                f.write(json.dumps({"id": f"bench-{i:05d}", "text": text}) + "\n")
        kg_1 = timed("kgraph build, 1 worker", words, lambda: build([path], Path(tmp) / "w1", args.model, workers=1))
        kg_2 = timed("kgraph build, 2 workers", words, lambda: build([path], Path(tmp) / "w2", args.model, workers=2))

    print()
    print(f"kgraph 1 worker  / bare spaCy 1 process:   {kg_1 / bare_1:.2f}")
    print(f"kgraph 2 workers / bare spaCy 2 processes: {kg_2 / bare_2:.2f}")
    print(f"kgraph 2 workers / kgraph 1 worker:        {kg_2 / kg_1:.2f}")


if __name__ == "__main__":
    main()
