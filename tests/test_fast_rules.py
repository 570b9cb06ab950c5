"""The attribute ruler and lemmatizer done by lookup, and the layers run on numpy's BLAS, annotate every token as
spaCy's own pipeline does."""

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from kgraph.fast_rules import IndexedAttributeRuler, PatternIndex, index_attribute_ruler, memoise_lemmas
from kgraph.nlp import load_spacy
from kgraph.spacy_model import DEFAULT_MODEL

# Written for this test: contractions, dialect spellings the ruler's exceptions name, extra spaces and blank
# lines, pronouns as subjects and objects, auxiliaries, "there is", and ordinary news prose.
TEXTS = [
    "Y'all gonna see it, ain't that so? I can't, we won't, she'd had it. Let's go, c'mon!",
    "Somethin' ol' 'em said, nothin' doin', 'nuff goin' on. We gotta leave; they'll stay.",
    "There's a ferry.  There are two harbours.\n\n  It was late, and you saw it; I saw you.",
    "Did the envoy meet the minister? He had met her before, and he does it every year.",
    "The council's delegates were received by the president, who gets letters and got none.",
    "Officials of the ministry have said the talks, which had stalled, would resume on Monday.",
    "Maria Lopez of the Andean Trade Council flew from Lima to Geneva on 3 March with 40 delegates and $2 million.",
    "The Foreign Ministry in Accra said President Juan Perez would host the Organisation of Coastal States in June.",
]
ATTRIBUTES = ("pos_", "tag_", "morph", "lemma_", "dep_", "ent_iob_", "ent_type_")


def annotations(doc):
    tokens = [tuple(str(getattr(token, name)) for name in ATTRIBUTES) for token in doc]
    return tokens, [token.head.i for token in doc]


@pytest.fixture(scope="module")
def pipelines():
    plain = spacy.load(DEFAULT_MODEL)
    fast = load_spacy(DEFAULT_MODEL)  # numpy's BLAS for the layers: the same tags, parses and entities
    index_attribute_ruler(fast)
    memoise_lemmas(fast)
    return plain, fast


def test_the_indexed_pipeline_annotates_every_token_as_spacy_does(pipelines):
    plain, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert "kgraph_lemma_memo" in fast.pipe_names
    twice = TEXTS + TEXTS  # the second time round, every lemma comes from the memo
    for expected, got in zip(plain.pipe(twice), fast.pipe(twice), strict=True):
        assert annotations(got) == annotations(expected)


def ruler(cls, nlp, entries):
    made = cls(nlp.vocab)
    made.add_patterns(entries)
    return made


def test_later_entries_win_and_longer_patterns_set_the_token_at_their_index():
    nlp = spacy.blank("en")
    entries = [
        {"patterns": [[{"LOWER": {"IN": ["ferry", "boat"]}}]], "attrs": {"TAG": "NN", "LEMMA": "vessel"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": "ferry"}]], "attrs": {"LEMMA": "the-ferry"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^b.a"}}], [{"IS_SPACE": True}]], "attrs": {"TAG": "XX"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}}, {"LOWER": "boat"}]], "attrs": {"LEMMA": "pair"}},
    ]
    text = "the ferry met a boat and  one boat"
    expected = ruler(AttributeRuler, nlp, entries)(nlp.make_doc(text))
    got = ruler(IndexedAttributeRuler, nlp, entries)(nlp.make_doc(text))
    assert [(t.tag_, t.lemma_) for t in got] == [(t.tag_, t.lemma_) for t in expected]
    assert got[1].lemma_ == "the-ferry" and got[4].tag_ == "XX" and got[3].lemma_ == ""


def test_a_pattern_the_index_cannot_read_keeps_spacys_matcher():
    assert PatternIndex.of([[[{"TAG": "NN", "OP": "+"}]]]) is None
    assert PatternIndex.of([[[{"POS": "NOUN"}]]]) is None
    nlp = spacy.blank("en")
    entries = [{"patterns": [[{"LOWER": "boat", "OP": "+"}]], "attrs": {"LEMMA": "boats"}}]
    doc = ruler(IndexedAttributeRuler, nlp, entries)(nlp.make_doc("a boat boat"))
    assert [t.lemma_ for t in doc] == ["", "boats", "boats"]
