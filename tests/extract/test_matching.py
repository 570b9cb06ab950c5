"""The rules' pattern matcher finds what spaCy's DependencyMatcher finds, on sentences written here."""

import pytest
from spacy.matcher import DependencyMatcher

from kgraph.extract.matching import PatternError, TreeMatcher, compile_pattern
from kgraph.extract.registry import RULES, patterns

# one text in which every pattern of every rule matches, some of them more than once in a sentence
TEXT = (
    "Ruritania condemned Freedonia and called on Patria to free the sailors.\n"
    "The Freedonian president held talks and consultations with the visiting Ruritanian premier in Lima.\n"
    "Patria described Freedonia's blockade as an act of war.\n"
    "Patria described the raid on the town as a massacre.\n"
    "Patria called the court's decision unacceptable.\n"
    "The minister said the strikes were a crime. He said Freedonia must withdraw its troops.\n"
    "Freedonia and Ruritania issued a joint statement and jointly announced a ceasefire.\n"
    "Patria remains a close ally of Ruritania, a critic of Freedonia's invasion of the islands.\n"
    "Ruritania called for Freedonia to withdraw, and the talks, which the envoys called frank, went on.\n"
    "Patria is a lawyer and a critic of Freedonia. Ruritania held Freedonia responsible for the attack.\n"
    "Freedonia's decision has undermined the talks.\n"
    "Patria and Ruritania agreed on new sanctions against Freedonia.\n"
    "Patria said Freedonia's drills were fuelling tensions in the region.\n"
    "Ruritania noted Patria's constructive role in the talks.\n"
    "Patria repeated its demand that Freedonia free the sailors. Ruritania was critical of Patria.\n"
    "Despite calls from Patria, Freedonia went ahead in spite of Ruritania's objections.\n"
    "Patria renewed its demand today that Freedonia free the sailors. Ruritania hit back at Patria.\n"
    "Freedonia came under attack from Patria. Ruritania insisted that Patria free the sailors.\n"
    "Patria said the truce would not have been possible without Ruritania.\n"
    "Patria called the Freedonian president a dictator.\n"
    "Patria will not end the blockade until Freedonia frees the sailors.\n"
    "New sanctions were imposed on Freedonia by Patria.\n"
    "Patria said Freedonia was behind the raid. Patria and Ruritania held naval drills.\n"
    "Thousands of Patrians marched in the capital, calling for new elections.\n"
    "Patria gave the Ruritanian ambassador 72 hours to leave the country.\n"
    "Patria issued a report highly critical of Freedonia.\n"
    "Patria said Freedonia's brutal raid cannot be justified."
)

# every relation and kind of test the matcher reads, from every word (a root has no head)
EXTRA = [
    [
        {"RIGHT_ID": "word", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "word", "REL_OP": "<", "RIGHT_ID": "head", "RIGHT_ATTRS": {"POS": {"NOT_IN": ["NOUN", "PROPN"]}}},
    ],
    [
        {"RIGHT_ID": "word", "RIGHT_ATTRS": {"TAG": {"IN": ["NN", "NNS", "NNP"]}}},
        {"LEFT_ID": "word", "REL_OP": ">+", "RIGHT_ID": "next", "RIGHT_ATTRS": {}},
        {"LEFT_ID": "word", "REL_OP": ">", "RIGHT_ID": "child", "RIGHT_ATTRS": {"TEXT": "the"}},
    ],
]


def spacy_matches(nlp, doc, all_patterns):
    matcher = DependencyMatcher(nlp.vocab, validate=True)
    for number, pattern in enumerate(all_patterns):
        matcher.add(str(number), [pattern])
    return {(int(nlp.vocab.strings[key]), tuple(ids)) for key, ids in matcher(doc)}


def test_every_pattern_matches_where_spacys_dependency_matcher_does(nlp):
    all_patterns = [pattern for name in RULES for pattern in patterns(name)] + EXTRA
    doc = nlp(TEXT)
    found = list(TreeMatcher([compile_pattern(p) for p in all_patterns])(doc))
    assert found == sorted(set(found))  # each match once, in order: anchors list them as found
    assert set(found) == spacy_matches(nlp, doc, all_patterns)
    # every pattern matches somewhere in the text, so a match dropped from any would show
    assert {number for number, _ in found} == set(range(len(all_patterns)))


@pytest.mark.parametrize(
    "node",
    [
        {"LEFT_ID": "trigger", "REL_OP": ">>", "RIGHT_ID": "below", "RIGHT_ATTRS": {}},  # a relation it does not read
        {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "long", "RIGHT_ATTRS": {"LENGTH": {">": 3}}},
        {"LEFT_ID": "nowhere", "REL_OP": ">", "RIGHT_ID": "child", "RIGHT_ATTRS": {}},
    ],
)
def test_a_pattern_the_matcher_cannot_read_is_refused_not_left_unmatched(node):
    with pytest.raises(PatternError):
        compile_pattern([{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"POS": "VERB"}}, node])
