"""benchmarks/miss_causes.py sorts the gold events a build misses by cause, through the shared scorer."""

import json
import sys

from conftest import ROOT, shared

sys.path.insert(0, str(ROOT))
from benchmarks.miss_causes import causes  # noqa: E402

GRAPH = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix kg: <https://example.org/ontology#> .
<https://example.org/a> rdfs:label "Ghana" ; kg:urged <https://example.org/b> ; kg:attacked <https://example.org/c> .
<https://example.org/b> rdfs:label "Togo" .
<https://example.org/c> rdfs:label "Benin" ; kg:criticized <https://example.org/d> .
<https://example.org/d> rdfs:label "Niger" .
<https://example.org/e> rdfs:label "Chad" .
"""


def test_each_missed_event_gets_its_cause(tmp_path):
    sys.path.insert(0, str(shared("tools")))
    import score_kg

    entities = {
        name: {"type": "Country", "aliases": []} for name in ["Ghana", "Togo", "Benin", "Niger", "Chad", "Mali"]
    }
    events = [
        ("Ghana", "urged", "Togo"),  # stated
        ("Ghana", "criticized", "Benin"),  # another relation between them
        ("Niger", "criticized", "Benin"),  # only the other way
        ("Ghana", "met", "Chad"),  # no edge
        ("Mali", "met", "Ghana"),  # no node for Mali
    ]
    gold = {
        "entities": entities,
        "docs": {"d1": {"events": [{"s": [s], "p": p, "o": [o]} for s, p, o in events], "roles": []}},
    }
    (tmp_path / "graph.ttl").write_text(GRAPH, encoding="utf-8")
    assert causes(score_kg, json.loads(json.dumps(gold)), tmp_path) == [
        ("entity missing", "Mali met Ghana"),
        ("no edge", "Ghana met Chad"),
        ("reversed", "Niger criticized Benin"),
        ("wrong relation", "Ghana criticized Benin"),
    ]
