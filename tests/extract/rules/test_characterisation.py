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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru said Chile's decision was a grave mistake.", ("Peru", "criticized", "Chile", "asserted")),
        (
            "Norway said the Chilean move was provocative and dangerous.",
            ("Norway", "criticized", "Chilean", "asserted"),
        ),
        ("Mali said the sanctions imposed by Niger were illegal.", ("Mali", "criticized", "Niger", "asserted")),
        ("Peru said Chile's offer was not constructive.", ("Peru", "criticized", "Chile", "asserted")),
        ("Norway said Chile was a reliable partner.", ("Norway", "praised", "Chile", "asserted")),
        ('"Chile\'s decision is a mistake," Peru said.', ("Peru", "criticized", "Chile", "asserted")),
        ("Peru said Chile was responsible for the raid.", ("Peru", "accused", "Chile", "asserted")),
    ],
)
def test_saying_what_a_thing_of_someone_is_judges_them(triples, rules, text, expected):
    assert triples(text) == {expected}
    assert rules(text) == {"characterisation"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it was a mistake.",  # 'it': whose mistake is not said
        "Peru said the talks were constructive.",  # talks of no one named
        "Peru said Chile's decision was expected.",  # no judgement
        "Peru said Chile was not responsible for the raid.",
        "Peru said Chile's envoy would not be welcome.",  # what might be, not what Chile did
    ],
)
def test_a_reported_judgement_of_nobody_named_is_no_fact(triples, text):
    assert not triples(text)


def test_an_adjective_after_the_object_is_its_description(triples):
    assert triples("Peru called Chile's decision unacceptable.") == {("Peru", "criticized", "Chile", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile holds Peru responsible for the sinking of the ferry.", {("Chile", "accused", "Peru")}),
        (
            "A Chilean court found the Peruvian navy guilty of negligence.",
            {("Chilean court", "accused", "Peruvian navy")},
        ),
        ("A Chilean court found the Peruvian navy not guilty of negligence.", set()),
        ("A Peruvian court found Ana Silva guilty of fraud.", {("Peruvian court", "accused", "Ana Silva")}),
        ("Chile does not hold Peru responsible for the attack.", set()),
        ("Chile deemed Peru's proposal unacceptable.", {("Chile", "criticized", "Peru")}),
    ],
)
def test_judging_someone_to_blame_accuses_them(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile described Peru's election as a farce.", ("Chile", "criticized", "Peru")),
        ("Chile called the agreement with Peru a breakthrough.", ("Chile", "praised", "Peru")),
    ],
)
def test_words_of_contempt_and_of_achievement_characterise(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile noted Peru's constructive role in the talks.", {("Chile", "praised", "Peru")}),
        (
            "Chile highlighted the brutal attack by Peruvian rebels on a village.",
            {("Chile", "criticized", "Peruvian rebels")},
        ),
        ("Chile noted the heavy rains in Peru.", set()),
    ],
)
def test_a_thing_pointed_out_by_a_word_of_its_own_characterises_its_doer(triples, text, expected):
    assert {t[:3] for t in triples(text) if t[1] in {"praised", "criticized"}} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana designated Togo as a terrorist state.", {("Ghana", "sanctioned", "Togo", "asserted")}),
        ("Ghana listed the Togolese rebels as terrorists.", {("Ghana", "sanctioned", "Togolese rebels", "asserted")}),
        ("Ghana called Togo a terrorist state.", {("Ghana", "criticized", "Togo", "asserted")}),  # said, not listed
        ("Peru designated Chile a state sponsor of terrorism.", {("Peru", "sanctioned", "Chile", "asserted")}),
        ("Peru showed Chile a map of the border.", set()),  # a second object that describes no one
        ("Ghana removed Togo's designation as a terrorist state.", {("Ghana", "conceded", "Togo", "asserted")}),
    ],
)
def test_listing_someone_officially_by_a_damning_word_sanctions_them(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana said Togo had been too friendly to Benin.", ("Ghana", "criticized", "Togo", "asserted")),
        ("Ghana said the Togolese offer was overly generous.", ("Ghana", "criticized", "Togolese", "asserted")),
        ("Ghana said the Togolese offer was generous too.", ("Ghana", "praised", "Togolese", "asserted")),  # also
    ],
)
def test_praise_with_an_adverb_of_excess_is_reproach(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"The arrest of Ana Silva is an outrageous attack," Juan Perez said.', set()),  # whoever arrested her
        ("Ghana said the attack on Togo was barbaric.", set()),  # the attacker is not named: not Togo
        ("Ghana said the invasion by Togo was a crime.", {("Ghana", "criticized", "Togo")}),
        ("Ghana said the talks with Togo were constructive.", {("Ghana", "praised", "Togo")}),
    ],
)
def test_saying_what_a_deed_is_judges_whoever_did_it_never_whom_it_was_done_to(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway called Ana Silva a liar.",
        "Norway branded Ana Silva a crook.",
        "Norway described Ana Silva as a coward.",
        "Norway said Ana Silva was a hypocrite.",
        "Ana Silva is a tyrant, the Norwegian foreign minister said.",
    ],
)
def test_calling_someone_a_kind_of_person_that_judges_criticises_them(triples, text):
    assert {t[1:] for t in triples(text)} == {("criticized", "Ana Silva", "asserted")}


def test_the_parsers_apposition_after_the_object_is_what_the_verb_calls_it(triples):
    assert {t[1] for t in triples("Norway called the Swedish president a dictator.")} == {"criticized"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway said Ana Silva was not a liar.",
        "Norway said Ana Silva was a junior minister.",
        "Norway called the Swedish envoy, a veteran diplomat, on Friday.",
    ],
)
def test_a_kind_of_person_denied_or_of_no_judgement_criticises_no_one(triples, text):
    assert not {t for t in triples(text) if t[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana said Togo was behind the attack on its border post.", {("Ghana", "accused", "Togo")}),
        ("Ghana said Togo was not behind the attack.", set()),
        ("Ghana said Togo was behind the talks.", set()),
    ],
)
def test_saying_someone_was_behind_a_hostile_deed_accuses_them(triples, text, expected):
    assert {t[:3] for t in triples(text) if t[1] == "accused"} == expected


def test_an_adjective_after_the_object_in_quotation_marks_is_what_the_verb_calls_it(triples):
    text = 'Chile expelled two Peruvian diplomats. Peru called the expulsions "unjustified" and vowed to respond.'
    assert ("Peru", "criticized", "the expulsions") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Silva said Togo's brutal invasion of Benin cannot be justified.", ("criticized", "Togo")),
        ("Ana Silva said Togo's constructive role helped end the crisis.", ("praised", "Togo")),
    ],
)
def test_naming_anothers_deed_so_in_what_one_says_judges_them(triples, text, expected):
    assert expected in {t[1:3] for t in triples(text) if t[0] == "Ana Silva"}


def test_an_adjective_of_no_judgement_in_what_one_says_judges_no_one(triples):
    assert not {t for t in triples("Ana Silva said Togo's new plan was announced.") if t[0] == "Ana Silva"}
