"""Extraction quality on every development set, by fold: build each fold, score it with the shared scorers.

    python benchmarks/quality.py [--shared ../shared] [--sets seeds,real-dev,plover,plv]
                                 [--show A] [--save FILE] [--baseline FILE] [--out DIR]

Every development set in ../shared is split into two fixed folds by a hash of each article's
id (its file stem or JSONL id): fold A and fold B. Rules are written from the misses of one
fold only (`--show A` lists that fold's missed and wrong facts and nothing of the other);
the other fold is only measured. A change earns its place when the unread fold holds or gains.

Each fold is built with `kgraph build` and scored with ../shared/tools/score_kg.py (the
articles, against their gold file) or score_events.py (the coded sentences). The table gives
precision, recall and F1 per fold and the gap between the folds. `--save` writes the scores
as JSON; `--baseline` prints each score's change against such a file (before/after a change).
Exits non-zero when a build or a scorer fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDS = ("A", "B")


@dataclass(frozen=True)
class DevSet:
    """A development set: articles scored against a gold file, or coded sentences in a JSONL file."""

    name: str
    source: str  # a folder of articles or a JSONL file, relative to the shared folder
    gold: str = ""  # the gold file of a folder of articles

    @property
    def sentences(self) -> bool:
        return self.source.endswith(".jsonl")


SETS = {
    "seeds": DevSet("seeds", "corpus/seeds", "gold/seeds.json"),
    "real-dev": DevSet("real-dev", "corpus/real-dev", "gold/real-dev.json"),
    "plover": DevSet("plover", "benchmarks/plover/dev.jsonl"),
    "plv": DevSet("plv", "benchmarks/plv/train.jsonl"),
}


def fold_of(article_id: str) -> str:
    """The fixed fold of an article: the parity of its id's SHA-256."""
    return FOLDS[int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 2]


def write_fold(dev: DevSet, shared: Path, fold: str, where: Path) -> tuple[Path, Path, int]:
    """The fold's input (a folder or a JSONL file), its gold file, and how many articles it holds."""
    where.mkdir(parents=True, exist_ok=True)
    source = shared / dev.source
    if dev.sentences:
        lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
        kept = [line for line in lines if fold_of(str(json.loads(line)["id"])) == fold]
        records = where / "records.jsonl"
        records.write_text("\n".join(kept) + "\n", encoding="utf-8")
        return records, records, len(kept)
    gold = json.loads((shared / dev.gold).read_text(encoding="utf-8"))
    docs = {doc: facts for doc, facts in gold["docs"].items() if fold_of(doc) == fold}
    articles = where / "articles"
    articles.mkdir(exist_ok=True)
    for doc in docs:
        shutil.copy(next(source.glob(f"{doc}.*")), articles)
    fold_gold = where / "gold.json"
    fold_gold.write_text(json.dumps({**gold, "docs": docs}, ensure_ascii=False), encoding="utf-8")
    return articles, fold_gold, len(docs)


def run(command: list[str], cwd: Path | None = None) -> str:
    """A command's standard output; its error output and exit status when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.strip()}")
    return result.stdout


def score_fold(dev: DevSet, shared: Path, fold: str, where: Path, show: bool) -> dict:
    """Build one fold and score it; with `show`, the scorer's list of misses comes along."""
    inputs, gold, n = write_fold(dev, shared, fold, where)
    built = where / "out"
    # run in the fold's folder: `python -m` puts the working directory first on the path, and a checkout there
    # would be built instead of the kgraph this Python imports (a copy on PYTHONPATH, say)
    run(
        [sys.executable, "-m", "kgraph", "build", str(inputs.resolve()), "--out", str(built.resolve()), "--quiet"],
        where,
    )
    _warn_of_failures(built, f"{dev.name} {fold}")
    if dev.sentences:
        extra = ["--show", "1000"] if show else []
        output = run([sys.executable, str(shared / "tools/score_events.py"), str(gold), str(built), *extra])
        scores = events_scores(output.strip().splitlines()[-1])
    else:
        result = json.loads(
            run([sys.executable, str(shared / "tools/score_kg.py"), str(gold), str(built), "--json", "--show"])
        )
        scores = kg_scores(result)
        output = "\n".join([*(f"missed: {m}" for m in result["missed_events"]),
                            *(f"wrong: {w}" for w in result["wrong_events"])])  # fmt: skip
    return {"n": n, **scores, "misses": output if show else ""}


def _warn_of_failures(built: Path, label: str) -> None:
    """Say which articles extraction failed on: a crash scores as a miss, and would pass for a rule's effect."""
    report = json.loads((built / "report.json").read_text(encoding="utf-8"))
    for skipped in report.get("skipped", []):
        if str(skipped.get("reason", "")).startswith("extraction failed"):
            print(f"warning: {label}: {skipped['source']}: {skipped['reason']}", file=sys.stderr)


def kg_scores(result: dict) -> dict:
    events = result["events"]
    return {
        "P": events["precision"],
        "R": events["recall"],
        "F1": events["f1"],
        "positions F1": result["positions"]["f1"],
        "affiliations F1": result["affiliations"]["f1"],
        "duplicates": sum(n - 1 for n in result["entities"]["duplicated"].values()),
        "missing": len(result["entities"]["missing"]),
    }


def events_scores(line: str) -> dict:
    """score_events.py's last line: 'type F1=.. P=.. R=.. full F1=.. P=.. R=..'."""
    match = re.fullmatch(r"type F1=(\S+) P=(\S+) R=(\S+) full F1=(\S+) P=(\S+) R=(\S+)", line.strip())
    if match is None:
        sys.exit(f"score_events.py printed an unexpected last line: {line!r}")
    t_f1, t_p, t_r, f_f1, f_p, f_r = (float(x) for x in match.groups())
    return {"P": t_p, "R": t_r, "F1": t_f1, "full P": f_p, "full R": f_r, "full F1": f_f1}


def table(scores: dict[str, dict[str, dict]], baseline: dict) -> str:
    """One block per set: a row per fold, then the gap between the folds."""
    lines = []
    for name, folds in scores.items():
        columns = [c for c in folds["A"] if c not in {"n", "misses"}]
        lines.append(f"\n{name} ({'type' if SETS[name].sentences else 'events'} P/R/F1)")
        lines.append("| fold | n | " + " | ".join(columns) + " |")
        lines.append("|---|---:|" + "---:|" * len(columns))
        for fold in FOLDS:
            row = folds[fold]
            cells = [cell(row[c], baseline.get(name, {}).get(fold, {}).get(c)) for c in columns]
            lines.append(f"| {fold} | {row['n']} | " + " | ".join(cells) + " |")
        gaps = [c for c in columns if c in {"F1", "full F1"}]
        lines.append("gap |A-B|: " + ", ".join(f"{c} {abs(folds['A'][c] - folds['B'][c]):.3f}" for c in gaps))
    return "\n".join(lines)


def cell(value: float, before: float | None) -> str:
    text = f"{value:g}" if isinstance(value, int) else f"{value:.3f}"
    if before is None or before == value:
        return text
    return f"{text} ({value - before:+.3f})" if isinstance(value, float) else f"{text} ({value - before:+d})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (../shared)")
    parser.add_argument(
        "--sets", default=",".join(SETS), help=f"which sets, comma-separated (default: {','.join(SETS)})"
    )
    parser.add_argument("--show", choices=FOLDS, help="list the missed and wrong facts of this fold only")
    parser.add_argument("--save", type=Path, help="write the scores as JSON to this file")
    parser.add_argument("--baseline", type=Path, help="a file written by --save: print each change against it")
    parser.add_argument("--out", type=Path, help="keep the builds in this folder (default: a temporary one)")
    args = parser.parse_args()
    shared = args.shared.resolve()
    names = [n.strip() for n in args.sets.split(",") if n.strip()]
    if unknown := [n for n in names if n not in SETS]:
        parser.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(SETS)}")
    for name in names:
        dev = SETS[name]
        for needed in (dev.source, dev.gold):
            if needed and not (shared / needed).exists():
                parser.error(f"{shared / needed} is missing: point --shared at the shared folder")
    baseline = json.loads(args.baseline.read_text()) if args.baseline else {}
    with tempfile.TemporaryDirectory() as tmp:
        out = (args.out or Path(tmp)).resolve()
        jobs = {(n, f): (SETS[n], shared, f, out / n / f, args.show == f) for n in names for f in FOLDS}
        with ThreadPoolExecutor(2) as pool:  # two builds at once: a build is mostly one busy process
            futures = {key: pool.submit(score_fold, *job) for key, job in jobs.items()}
            scores = {n: {f: futures[(n, f)].result() for f in FOLDS} for n in names}
    if args.show:
        for name in names:
            print(f"\n== {name}, fold {args.show}: misses\n{scores[name][args.show]['misses'].strip()}")
    print(table(scores, baseline))
    if args.save:
        plain = {n: {f: {k: v for k, v in row.items() if k != "misses"} for f, row in folds.items()}
                 for n, folds in scores.items()}  # fmt: skip
        args.save.write_text(json.dumps(plain, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
