"""characterisation: calling something by a damning or a praising word criticises or praises whoever did it
(kgraph/extract/rules/characterisation.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali described the raid by Niger as a massacre.", ("Mali", "criticized", "Niger", "asserted")),
        ("Peru described the raid by Chile as a crime.", ("Peru", "criticized", "Chile", "asserted")),
        ("Norway described Chile's plan as not constructive.", ("Norway", "criticized", "Chile", "asserted")),
    ],
)
def test_a_damning_description_is_criticism(triples, rules, text, expected):
    assert triples(text) == {expected}
    assert rules(text) == {"characterisation"}


def test_a_praising_description_is_praise(read):
    facts = read("Norway described the talks with Chile as constructive.").facts
    assert {(f.subject.text, f.relation, f.object.text, f.rule) for f in facts if f.relation == "praised"} == {
        ("Norway", "praised", "Chile", "characterisation:describe")
    }


def test_a_description_without_judgement_is_no_fact(triples):
    assert not triples("Peru described the meeting as long.")
