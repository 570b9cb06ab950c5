"""How much of a PLOVER-coded build's full-F1 gap is naming, not extraction.

    python benchmarks/naming_gap.py RECORDS.jsonl OUTDIR [--shared ../shared]

../shared/tools/score_events.py counts an edge's actor right only when one name holds the other's last word,
so a node labelled "United States" never matches a coder's "U.S." and "Afghanistan" never matches "the Afghan
government". This counts the records whose edges are full hits by that rule, and those that would be if names
also matched through the gazetteer's own names for each entry (aliases, demonyms, the capital). The difference
is what better naming, not better extraction, could add. benchmarks/quality.py --out DIR leaves each PLV and
PLOVER fold's records and build in DIR/plv/A, DIR/plv/B and so on.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph.gazetteer import gazetteer  # noqa: E402
from kgraph.model import EntityType  # noqa: E402

Match = Callable[[str, str], bool]


def gazetteer_names() -> dict[str, list[str]]:
    """Each gazetteer entry's label -> every name the gazetteer knows it by: its aliases, its demonyms and, for a
    country, its capital."""
    gaz = gazetteer()
    found = {e.name: [e.name, *e.aliases] for e in gaz.entries.values()}
    by_id = {e.id: e.name for e in gaz.entries.values()}
    for demonym, eid in gaz.demonyms.items():
        found[by_id[eid]].append(demonym)
    for e in gaz.entries.values():
        if e.type is EntityType.PLACE and e.country in by_id:
            found[by_id[e.country]].append(e.name)
    return found


def alias_match(score_events, names: dict[str, list[str]]) -> Match:  # noqa: ANN001 (the shared module)
    """The scorer's name rule, or one of the entry's own names inside the coder's text, word for word."""

    def same(label: str, gold: str) -> bool:
        if score_events.same_actor(label, gold):
            return True
        text = f" {' '.join(score_events.words(gold))} "
        return any(f" {' '.join(score_events.words(n))} " in text for n in names.get(label, ()) if n)

    return same


def full_hits(score_events, records: list[dict], found: dict, same: Match) -> int:  # noqa: ANN001
    """How many records have an edge of the gold type whose ends match the gold actor and recipient."""
    hits = 0
    for record in records:
        gold = record["event"]
        actors = [a["text"] for a in record.get("actors", [])]
        recipients = [a["text"] for a in record.get("recipients", [])]

        def full(edge: tuple[str, str, str], gold: str = gold, actors: list = actors, recipients: list = recipients):
            subject, predicate, obj = edge
            kind = score_events.PLOVER[predicate]
            if kind != gold and kind not in score_events.MERGED.get(gold, ()):
                return False
            pairs = [(subject, obj), (obj, subject)] if predicate in score_events.SYMMETRIC else [(subject, obj)]
            return any(
                any(same(a, x) for x in actors) and (not recipients or any(same(b, y) for y in recipients))
                for a, b in pairs
            )

        hits += any(full(edge) for edge in found.get(record["id"], ()))
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("records", type=Path)
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared development folder")
    args = parser.parse_args()
    sys.path.insert(0, str(args.shared / "tools"))
    import score_events

    records = [json.loads(line) for line in args.records.read_text(encoding="utf-8").splitlines() if line.strip()]
    found = score_events.edges_by_article(args.outdir, [r["id"] for r in records])
    scored = full_hits(score_events, records, found, score_events.same_actor)
    named = full_hits(score_events, records, found, alias_match(score_events, gazetteer_names()))
    total = len(records)
    print(f"full hits by the scorer's names: {scored} of {total} (recall {scored / total:.3f})")
    print(f"full hits with the gazetteer's names too: {named} of {total} (recall {named / total:.3f})")
    print(f"naming, not extraction: {named - scored} records")


if __name__ == "__main__":
    main()
