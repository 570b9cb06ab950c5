"""Why the gold events of a built fold were missed, by cause: the error analysis issue 11 asks for.

    python benchmarks/miss_causes.py GOLD.json OUTDIR [--shared ../shared] [--show]

Takes the events of a gold file (../shared/gold format) that the build in OUTDIR does not state, as
../shared/tools/score_kg.py matches them, and sorts each into one cause: an entity of the event is no node
of the graph (entity missing); the graph has an edge from one side to the other of another relation (wrong
relation); only an edge the other way (reversed); or both entities are there with no edge between them
(no edge: an unread construction, a quotation, coreference). benchmarks/quality.py --out DIR leaves each
real-dev fold's gold file and build in DIR/real-dev/A and B.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def causes(score_kg, gold: dict, outdir: Path) -> list[tuple[str, str]]:  # noqa: ANN001 (the shared module)
    """(cause, event) for each gold event the build misses."""
    names = score_kg.Names(gold)
    ds, _ = score_kg.load(outdir)
    nodes, edges = set(), []
    for s, p, o in ds.triples((None, None, None)):
        subject, obj = names.canon(score_kg.label_of(ds, s)), names.canon(score_kg.label_of(ds, o))
        nodes.add(subject)
        if score_kg.local_name(p) in score_kg.EVENT_PREDICATES:
            edges.append((subject, score_kg.local_name(p), obj))
            nodes.add(obj)
    required, _ = score_kg.gold_items(gold, "events")
    missed = []
    for key in required:
        if any(score_kg.event_matches(edge, key) for edge in edges):
            continue
        subjects, relation, objects = key
        ours, theirs = {names.canon(n) for n in subjects}, {names.canon(n) for n in objects}
        if not ours & nodes or not theirs & nodes:
            cause = "entity missing"
        elif any(a in ours and b in theirs for a, _, b in edges):
            cause = "wrong relation"
        elif any(a in theirs and b in ours for a, _, b in edges):
            cause = "reversed"
        else:
            cause = "no edge"
        missed.append((cause, f"{'|'.join(sorted(subjects))} {relation} {'|'.join(sorted(objects))}"))
    return sorted(missed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared development folder")
    parser.add_argument("--show", action="store_true", help="list each missed event with its cause")
    args = parser.parse_args()
    sys.path.insert(0, str(args.shared / "tools"))
    import score_kg

    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    missed = causes(score_kg, gold, args.outdir)
    if args.show:
        for cause, event in missed:
            print(f"  {cause:<15} {event}")
    tally = Counter(cause for cause, _ in missed)
    required, _ = score_kg.gold_items(gold, "events")
    print(f"missed {len(missed)} of {len(required)}: " + ", ".join(f"{c} {n}" for c, n in tally.most_common()))


if __name__ == "__main__":
    main()
