"""benchmarks/naming_gap.py counts the PLOVER-coded records a build would hit if names matched through the
gazetteer, through the shared scorer."""

import sys

from conftest import ROOT, shared

sys.path.insert(0, str(ROOT))
from benchmarks.naming_gap import alias_match, full_hits, gazetteer_names  # noqa: E402

GRAPH = """@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dip: <https://example.org/ontology#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<https://example.org/g1> { <https://example.org/g1> dcterms:identifier "r1" .
  <https://example.org/us> rdfs:label "United States" ; dip:sanctioned <https://example.org/cl> . }
<https://example.org/g2> { <https://example.org/g2> dcterms:identifier "r2" .
  <https://example.org/pe> rdfs:label "Peru" ; dip:criticized <https://example.org/cl> . }
<https://example.org/g3> { <https://example.org/g3> dcterms:identifier "r3" .
  <https://example.org/pe> dip:attacked <https://example.org/bo> . }
<https://example.org/cl> rdfs:label "Chile" .
<https://example.org/bo> rdfs:label "Bolivia" .
"""


def record(rid, event, actor, recipient):
    return {"id": rid, "event": event, "actors": [{"text": actor}], "recipients": [{"text": recipient}]}


def test_names_the_gazetteer_knows_match_where_the_scorers_last_word_rule_does_not(tmp_path):
    sys.path.insert(0, str(shared("tools")))
    import score_events

    (tmp_path / "graph.trig").write_text(GRAPH, encoding="utf-8")
    records = [
        record("r1", "SANCTION", "The U.S.", "the Chilean government"),  # the scorer's rule misses both names
        record("r2", "ACCUSE", "Peru", "Chile"),  # a hit either way
        record("r3", "ASSAULT", "Peru", "Chile"),  # the wrong recipient: no hit either way
    ]
    found = score_events.edges_by_article(tmp_path, [r["id"] for r in records])
    assert full_hits(score_events, records, found, score_events.same_actor) == 1
    assert full_hits(score_events, records, found, alias_match(score_events, gazetteer_names())) == 2
