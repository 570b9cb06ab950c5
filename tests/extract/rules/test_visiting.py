"""visiting: 'the visiting X' visited where the event happens (kgraph/extract/rules/visiting.py)."""


def test_the_visiting_side_visits_the_place_of_the_meeting(triples):
    found = {t[:3] for t in triples("The visiting Peruvian president met Chilean officials in Santiago.")}
    assert ("visiting Peruvian president", "visited", "Santiago") in found


def test_visiting_with_no_place_named_is_no_visit(triples):
    assert not {t for t in triples("The visiting Peruvian president met Chilean officials.") if t[1] == "visited"}
