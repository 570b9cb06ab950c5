"""Role nouns: a person named by the office they hold (kgraph/extract/mentions/role_nouns.py)."""

import pytest

from kgraph.model import MentionKind


def test_a_title_with_its_country_is_a_role_mention(mentions):
    (role,) = mentions("Lena Fox met the Chilean president in Lima.")
    assert (role.text, role.kind, role.title, role.gazetteer_id) == (
        "Chilean president",
        MentionKind.ROLE,
        "president",
        "chile",
    )


def test_a_title_of_a_country_named_after_it(mentions):
    (role,) = mentions("The president of Chile visited Peru.")
    assert (role.kind, role.title, role.gazetteer_id) == (MentionKind.ROLE, "president", "chile")


def test_a_counterpart_is_its_own_kind(mentions):
    found = [m for m in mentions("Lena Fox met her Peruvian counterpart in Lima.") if m.kind is not MentionKind.PRONOUN]
    assert [(m.text, m.kind, m.title, m.gazetteer_id) for m in found] == [
        ("Peruvian counterpart", MentionKind.COUNTERPART, "", "peru")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A foreign minister met Lena Fox.",  # indefinite
        "The former president met Lena Fox.",  # not the holder now
        "Foreign Secretary Paul Grey met Lena Fox.",  # a title before a name is a role of that name
    ],
)
def test_titles_that_point_at_no_one_holder_are_no_mention(mentions, text):
    assert not [m for m in mentions(text) if m.kind in {MentionKind.ROLE, MentionKind.COUNTERPART}]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's Director General of Military Intelligence met his Togolese counterpart.",
        "Ghana's Director General of Military Intelligence (DMI) met his Togolese counterpart.",
    ],
)
def test_a_title_with_the_name_of_its_office_is_a_role_not_a_name(mentions, text):
    found = mentions(text)
    assert not [m for m in found if m.kind is MentionKind.NAME and m.type.value == "Person"]
    assert [(m.kind, m.title, m.gazetteer_id) for m in found if m.kind is MentionKind.ROLE] == [
        (MentionKind.ROLE, "director general", "ghana")
    ]


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("The Chilean-born Peruvian envoy met Juan Perez.", "peru"),
        ("The Chilean-born envoy met Juan Perez.", None),  # where the envoy comes from, not whom they serve
    ],
)
def test_a_place_someone_was_born_in_is_no_state_their_role_serves(read, text, served):
    roles = [m for m in read(text).mentions if m.kind is MentionKind.ROLE]
    assert [m.gazetteer_id for m in roles] == [served]
