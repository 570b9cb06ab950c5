"""Entity resolution: one node per real entity within and across articles, never two merged."""

from pathlib import Path

import pytest
from conftest import ROOT, run_kgraph, shared
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Literal, URIRef

from kgraph.extract import extract
from kgraph.gazetteer import gazetteer
from kgraph.model import Document, EntityType, MentionKind
from kgraph.rdf import DIP, ID, to_dataset
from kgraph.resolve import resolve

CORPUS = ROOT / "tests" / "corpus" / "resolution"


def build(nlp, *texts):
    extractions = [extract(nlp(t), Document(f"d{i}", t, "t")) for i, t in enumerate(texts)]
    return resolve(extractions)


def ids_for(kg, text):
    """Entity ids the mentions spelled `text` resolved to, over all articles."""
    return {eid for a in kg.articles for m, eid in a.entity_of.items() if m.text == text}


def edges(kg, relation):
    """(subject id, object id) of every resolved fact with this relation."""
    return {(s, o) for a in kg.articles for f, s, o in a.resolved_facts() if f.relation == relation}


def test_surname_and_honorific_forms_join_the_full_name(nlp):
    kg = build(
        nlp,
        "Foreign Minister Anna Berg met Peru's envoy on Monday. Mr Berg later visited Chile. Berg urged Chile to act.",
    )
    assert ids_for(kg, "Anna Berg") == ids_for(kg, "Berg") == ids_for(kg, "Mr Berg") == {"person/anna_berg"}
    assert kg.entities["person/anna_berg"].type is EntityType.PERSON


def test_knight_is_named_by_first_name(nlp):
    kg = build(nlp, "Sir Tom Hadley met Anna Berg in Oslo. Sir Tom urged Norway to act.")
    assert ids_for(kg, "Sir Tom") == {"person/tom_hadley"}
    assert "person/tom" not in kg.entities


def test_same_person_in_two_articles_is_one_entity(nlp):
    kg = build(nlp, "Maria Lopez met John Carter in Lima.", "Maria Lopez visited Japan.")
    assert [a.entity_of.get(m) for a in kg.articles for m in a.extraction.mentions if m.text == "Maria Lopez"] == [
        "person/maria_lopez",
        "person/maria_lopez",
    ]


def test_two_people_sharing_a_surname_stay_two(nlp):
    kg = build(nlp, "Maria Lopez met John Carter in Lima.", "Pedro Lopez visited Japan. Mr Lopez urged Japan to act.")
    assert {"person/maria_lopez", "person/pedro_lopez"} <= set(kg.entities)
    # in the second article the lone surname is the Lopez named there
    second = kg.articles[1]
    assert {eid for m, eid in second.entity_of.items() if m.text == "Mr Lopez"} == {"person/pedro_lopez"}


def test_within_an_article_a_shared_surname_is_the_one_named_last(nlp):
    kg = build(
        nlp, "Maria Lopez met Pedro Lopez in Lima. Pedro Lopez said trade would grow. Mr Lopez urged Chile to act."
    )
    assert edges(kg, "met") == {("person/maria_lopez", "person/pedro_lopez")}
    assert edges(kg, "urged") == {("person/pedro_lopez", "country/chile")}


def test_a_lone_surname_two_people_bear_is_left_out_not_guessed(nlp):
    kg = build(nlp, "Maria Lopez met John Carter.", "Pedro Lopez visited Japan.", "Mr Lopez criticized Peru on Monday.")
    assert ids_for(kg, "Mr Lopez") == set()
    assert any(m.text == "Mr Lopez" for m in kg.articles[2].extraction.mentions)  # found, then left out
    assert "person/lopez" not in kg.entities
    assert not any(s.startswith("person/") for s, _ in edges(kg, "criticized"))


def test_a_lone_surname_one_person_bears_in_the_corpus_is_that_person(nlp):
    kg = build(nlp, "Maria Lopez met John Carter.", "Mr Lopez criticized Peru on Monday.")
    assert edges(kg, "criticized") == {("person/maria_lopez", "country/peru")}


def test_pronoun_is_the_last_person_named(nlp):
    kg = build(nlp, "Maria Lopez arrived in Lima. She met John Carter on Monday.")
    (article,) = kg.articles
    met = [f for f in article.extraction.facts if f.relation == "met"]
    assert [(article.entity_of[f.subject], article.entity_of[f.object]) for f in met] == [
        ("person/maria_lopez", "person/john_carter")
    ]


def test_pronoun_skips_a_person_of_the_other_gender(nlp):
    kg = build(nlp, "Mrs Anna Berg met Mr Tom Hadley in Oslo. Later she criticized Sweden.")
    assert edges(kg, "criticized") == {("person/anna_berg", "country/sweden")}


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(nlp):
    kg = build(nlp, "Tom Hadley met Luis Soto in Lima. Mr Soto thanked him for the visit.")
    assert edges(kg, "praised") == {("person/luis_soto", "person/tom_hadley")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hadley visited Lima. Peruvian police arrested a Chilean national on Monday. Chile demanded his release.",
        "Tom Hadley visited Lima. Police detained a journalist near the embassy. Chile praised his work.",
    ],
)
def test_a_pronoun_after_a_person_not_named_is_not_the_last_person_named(nlp, text):
    kg = build(nlp, text)
    assert not [e for rel in ("supported", "praised") for e in edges(kg, rel) if "tom_hadley" in e[1]]


def test_a_pronoun_after_a_person_a_named_one_meets_is_still_the_named_one(nlp):
    kg = build(nlp, "Tom Hadley met an official in Lima. Later he criticized Chile.")
    assert edges(kg, "criticized") == {("person/tom_hadley", "country/chile")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hadley met Luis Soto in Lima. He urged Chile to reopen the border.",
        "Tom Hadley thanked Luis Soto for his help. He also criticized Chile. He then urged Peru to act.",
        'Tom Hadley met Luis Soto in Lima.\n\n"The talks were useful. Chile\'s brutal raids must stop," he said.',
    ],
)
def test_a_subject_pronoun_continues_the_one_who_acted_in_the_sentence_before(nlp, text):
    kg = build(nlp, text)
    acted = {s for rel in ("criticized", "urged") for s, _ in edges(kg, rel)}
    assert acted == {"person/tom_hadley"}


def test_a_subject_pronoun_of_the_other_gender_is_not_the_one_who_acted_before(nlp):
    kg = build(nlp, "Mr Tom Hadley met Mrs Anna Berg in Lima. She urged Chile to reopen the border.")
    assert edges(kg, "urged") == {("person/anna_berg", "country/chile")}


def test_role_noun_is_the_person_holding_that_role_in_the_article(nlp):
    kg = build(nlp, "Foreign Secretary Anna Berg arrived in Lima on Monday. The foreign secretary urged Peru to act.")
    assert edges(kg, "urged") == {("person/anna_berg", "country/peru")}
    assert not any("secretary" in eid for eid in kg.entities)


def test_counterpart_is_the_holder_of_the_same_office_for_the_named_country(nlp):
    kg = build(
        nlp,
        "Chilean Foreign Minister Maria Lopez met Peruvian Foreign Minister Luis Soto and Peruvian Vice President "
        "Rosa Diaz in Lima. Lopez urged her Peruvian counterpart to reopen the border.",
    )
    assert edges(kg, "urged") == {("person/maria_lopez", "person/luis_soto")}


def test_role_no_one_here_holds_is_the_country_it_serves_or_the_articles_own_holder(nlp):
    kg = build(
        nlp,
        "The Japanese foreign minister criticized Russia. The prime minister urged Chile to act.",
        "The prime minister urged Peru to act.",
    )
    assert edges(kg, "criticized") == {("country/japan", "country/russia")}
    urged = edges(kg, "urged")
    assert {o for _, o in urged} == {"country/chile", "country/peru"}
    first, second = sorted(s for s, _ in urged)  # two articles' prime ministers: never one person
    assert first != second and {kg.entities[first].label, kg.entities[second].label} == {"prime minister"}


def test_rulers_of_no_state_named_are_the_articles_own_and_never_one_across_articles(nlp):
    kg = build(
        nlp,
        "The government freed 40 detainees.",
        "The government freed 12 detainees.",
        "Peru said the government freed 9 detainees.",
    )
    freed = {s for s, _ in edges(kg, "yieldedTo")}
    own = {s for s in freed if s != "country/peru"}
    assert len(own) == 2 and {kg.entities[s].label for s in own} == {"government"}
    assert "country/peru" in freed  # a state the article names is whose government it is


def test_a_role_noun_between_two_holders_named_is_the_one_named_before_it(nlp):
    kg = build(
        nlp,
        "Ana Silva met Chile's president, Juan Perez, on Monday. She raised the matter with the president. "
        "Peru's president, Tomas Ruiz, visits Chile next week.",
    )
    assert edges(kg, "met") == {("person/ana_silva", "person/juan_perez")}


def test_the_pair_met_is_a_meeting_of_the_two_participants(nlp):
    kg = build(nlp, "Maria Lopez hosted John Carter in Lima on Monday. The pair met again on Tuesday.")
    assert ("person/maria_lopez", "person/john_carter") in edges(kg, "met")
    (article,) = kg.articles
    (pair,) = [m for m in article.extraction.mentions if m.kind is MentionKind.PLURAL]
    assert article.entities_of(pair) == ("person/maria_lopez", "person/john_carter")


def test_the_two_leaders_are_the_last_two_people_named_when_no_fact_joins_them(nlp):
    kg = build(
        nlp, "Maria Lopez arrived in Lima on Monday, and John Carter flew in from Quito. The two leaders met later."
    )
    assert edges(kg, "met") == {("person/maria_lopez", "person/john_carter")}


def test_each_leader_is_every_one_of_the_two_just_named(nlp):
    kg = build(nlp, "Juan Perez and Ana Silva landed in Quito. Jose Diaz greeted each leader on the runway.")
    met = {frozenset(pair) for pair in edges(kg, "met")}
    assert {
        frozenset(("person/jose_diaz", "person/juan_perez")),
        frozenset(("person/jose_diaz", "person/ana_silva")),
    } <= met


def test_the_two_leaders_skip_a_lone_surname_left_out_as_ambiguous(nlp):
    kg = build(
        nlp,
        "Maria Lopez visited Peru on Monday.",
        "Carlos Lopez visited Chile on Tuesday.",
        "Anna Berg arrived in Lima on Monday. Mr Lopez arrived too. John Carter flew in. The two leaders held talks.",
    )
    assert ids_for(kg, "Mr Lopez") == set()
    assert ("person/anna_berg", "person/john_carter") in edges(kg, "met")


def test_they_continue_a_pair_only_while_no_one_else_is_named(nlp):
    kg = build(nlp, "Maria Lopez met John Carter in Lima. They signed a joint statement on trade.")
    assert edges(kg, "agreedWith") == {("person/maria_lopez", "person/john_carter")}
    kg = build(nlp, "Maria Lopez met John Carter. Later Mr Tom Hadley arrived in Lima. They signed a joint statement.")
    assert edges(kg, "agreedWith") == set()


def test_both_sides_of_a_place_is_no_reference(nlp):
    kg = build(nlp, "Maria Lopez met John Carter. Talks on both sides of the border went on.")
    (article,) = kg.articles
    assert not [m for m in article.extraction.mentions if m.kind is MentionKind.PLURAL]


def test_the_country_is_the_one_named_most_often_so_far(nlp):
    kg = build(
        nlp,
        "Peru urged Chile to reopen the border. Peruvian officials said Lima would wait. "
        "Maria Lopez visited the country on Monday.",
    )
    assert edges(kg, "visited") == {("person/maria_lopez", "country/peru")}


def test_the_country_is_no_one_when_two_are_named_as_often(nlp):
    kg = build(nlp, "Peru urged Chile to reopen the border. Maria Lopez visited the country on Monday.")
    assert edges(kg, "visited") == set()


def test_capital_as_actor_is_its_country_and_as_place_stays_a_place(nlp):
    kg = build(nlp, "Tokyo urged Seoul to resume talks. Maria Lopez met John Carter in Tokyo.")
    (article,) = kg.articles
    urged = next(f for f in article.extraction.facts if f.relation == "urged")
    assert (article.entity_of[urged.subject], article.entity_of[urged.object]) == (
        "country/japan",
        "country/south_korea",
    )
    met = next(f for f in article.extraction.facts if f.relation == "met")
    assert article.entity_of[met.place] == "place/tokyo"
    assert kg.entities["place/tokyo"].label == "Tokyo, Japan"
    assert kg.entities["place/tokyo"].country == "country/japan"
    assert kg.entities["country/japan"].wikidata == "Q17"


def test_seat_of_government_acts_for_its_country_and_stays_a_place(nlp):
    kg = build(nlp, "The Kremlin criticized Ukraine on Monday. Maria Lopez met John Carter in the Kremlin.")
    assert edges(kg, "criticized") == {("country/russia", "country/ukraine")}
    (article,) = kg.articles
    met = next(f for f in article.extraction.facts if f.relation == "met")
    assert article.entity_of[met.place] == "place/kremlin"


def test_government_body_is_its_own_actor_tied_to_its_country(nlp):
    kg = build(nlp, "Downing Street criticized Iran on Monday.")
    assert edges(kg, "criticized") == {("body/downing_street", "country/iran")}
    body = kg.entities["body/downing_street"]
    assert body.type is EntityType.GOVERNMENT_BODY and body.country == "country/united_kingdom"


def test_a_capital_shelled_is_the_city_and_a_capital_acting_its_country(nlp):
    kg = build(nlp, "Chilean rebels shelled Lima on Monday.", "Lima criticized Chile.")
    assert edges(kg, "attacked") == {("group/chilean_rebel", "place/lima")}
    assert edges(kg, "criticized") == {("country/peru", "country/chile")}
    assert kg.entities["place/lima"].label == "Lima, Peru"


def test_a_capital_threatened_with_a_blockade_is_the_city(nlp):
    kg = build(nlp, "Peruvian farmers said they would blockade Lima from Monday.")
    assert edges(kg, "threatened") == {("group/peruvian_farmer", "place/lima")}


def test_a_capital_protested_in_is_the_city(nlp):
    kg = build(nlp, "Hundreds of Peruvian farmers blocked roads in the capital city of Lima on Monday.")
    assert edges(kg, "protestedAgainst") == {("group/peruvian_farmer", "place/lima")}


def test_a_role_of_a_named_country_no_one_here_holds_is_that_country(nlp):
    kg = build(nlp, "The foreign minister of Peru criticized Chile.")
    assert edges(kg, "criticized") == {("country/peru", "country/chile")}


def test_a_states_government_is_the_state_whatever_the_wording(nlp):
    kg = build(
        nlp,
        "The Austrian government condemned Libya.",
        "Austria's government praised Malta.",
        "The government of Austria urged Tunisia to act.",
        "The Vienna government criticized Chad.",
    )
    assert {s for relation in ("criticized", "praised", "urged") for s, _ in edges(kg, relation)} == {"country/austria"}
    assert not [e for e in kg.entities.values() if e.type is EntityType.GOVERNMENT_BODY]


def test_a_states_organ_is_one_body_of_that_country_whatever_the_wording(nlp):
    kg = build(
        nlp,
        "The Austrian parliament condemned Libya.",
        "Austria's parliament praised Malta.",
        "The parliament of Austria urged Tunisia to act.",
    )
    assert {s for relation in ("criticized", "praised", "urged") for s, _ in edges(kg, relation)} == {
        "body/austria_parliament"
    }
    body = kg.entities["body/austria_parliament"]
    assert (body.label, body.type, body.country) == (
        "Austrian parliament",
        EntityType.GOVERNMENT_BODY,
        "country/austria",
    )


def test_police_in_a_country_are_that_countrys_police(nlp):
    kg = build(nlp, "Police in Ghana detained Maria Lopez.", "Ghanaian police detained Ana Silva.")
    assert edges(kg, "detained") == {
        ("body/ghana_police", "person/maria_lopez"),
        ("body/ghana_police", "person/ana_silva"),
    }
    assert kg.entities["body/ghana_police"].label == "Ghanaian police"


def test_a_states_one_army_is_one_body_whatever_name_it_goes_by(nlp):
    kg = build(nlp, "The Austrian Federal Army attacked Hungary.", "The Austrian army praised Italy.")
    assert edges(kg, "attacked") | edges(kg, "praised") == {
        ("body/austria_army", "country/hungary"),
        ("body/austria_army", "country/italy"),
    }


def test_a_court_by_its_name_is_its_own_body_of_the_country(nlp):
    kg = build(nlp, "The Austrian Constitutional Court rejected Hungary's request.")
    assert edges(kg, "rejected") == {("body/austria_constitutional_court", "country/hungary")}
    court = kg.entities["body/austria_constitutional_court"]
    assert (court.label, court.country) == ("Austrian Constitutional Court", "country/austria")


def test_a_court_in_a_town_is_one_body_the_article_refers_back_to(nlp):
    kg = build(nlp, "A court in Kumasi sentenced Juan Perez. The court also convicted Ana Silva.")
    (court,) = {s for s, _ in edges(kg, "accused")}
    assert kg.entities[court].label == "court in Kumasi"
    assert kg.entities[court].type is EntityType.GOVERNMENT_BODY


def test_demonym_names_its_country(nlp):
    kg = build(nlp, "French officials criticized Italy.")
    assert ids_for(kg, "French") == {"country/france"}


def test_a_people_is_one_group_in_singular_and_plural(nlp):
    kg = build(nlp, "China detained Uighurs. Rights groups said the mainly Muslim Uighur minority suffered.")
    assert ids_for(kg, "Uighurs") == ids_for(kg, "Uighur") == {"group/uighurs"}
    assert kg.entities["group/uighurs"].type is EntityType.GROUP
    assert not any(e.startswith("org/") for e in kg.entities)


def test_words_that_name_no_one_are_not_entities(nlp):
    kg = build(nlp, "Covid spread quickly. The Government said he would meet Sir Tom Hadley about AI.")
    labels = {e.label for e in kg.entities.values()}
    assert not labels & {"Covid", "Government", "AI", "he", "He"}
    assert labels == {"Tom Hadley"}


def test_a_name_only_a_title_case_headline_gives_is_no_entity(nlp):
    text = "Minister Urges Talks to Help End Border Row\nMaria Lopez urged Peru to reopen the border on Monday."
    kg = build(nlp, text)
    assert {e.label for e in kg.entities.values()} == {"Maria Lopez", "Peru"}


def test_graph_gives_every_alias_seen_and_wikidata_links(nlp):
    kg = build(nlp, "Tokyo urged Seoul to act. Mr Kenji Sato met Japanese officials in Tokyo. Mr Sato left.")
    ds = to_dataset(kg)
    ds.default_union = True
    japan, tokyo, sato = ID["country/japan"], ID["place/tokyo"], ID["person/kenji_sato"]
    assert {str(o) for o in ds.objects(japan, SKOS.altLabel)} == {"Tokyo", "Japanese"}
    assert (japan, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q17")) in ds
    assert (tokyo, RDFS.label, Literal("Tokyo, Japan")) in ds
    assert (tokyo, SKOS.altLabel, Literal("Tokyo")) in ds
    assert (tokyo, RDF.type, DIP.Place) in ds
    assert {str(o) for o in ds.objects(sato, SKOS.altLabel)} == {"Mr Kenji Sato", "Mr Sato"}


@pytest.fixture(scope="module")
def corpus_graph(tmp_path_factory) -> Dataset:
    """`kgraph build` over our own three articles (tests/corpus/resolution)."""
    out = tmp_path_factory.mktemp("resolution")
    result = run_kgraph("build", str(CORPUS), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    return ds


def _label(ds: Dataset, node) -> str:
    return str(ds.value(node, RDFS.label))


def _edges(ds: Dataset, relation: str) -> set[tuple[str, str]]:
    return {(_label(ds, s), _label(ds, o)) for s, o in ds.subject_objects(DIP[relation])}


def test_corpus_keeps_two_people_with_one_surname_apart(corpus_graph):
    people = {_label(corpus_graph, p) for p in corpus_graph.subjects(RDF.type, DIP.Person)}
    assert people == {"Maria Lopez", "Pedro Lopez", "Luis Soto", "Rosa Diaz"}
    assert _edges(corpus_graph, "criticized") == {("Pedro Lopez", "Bolivia")}  # the third article's "Lopez" is either


def test_corpus_capital_is_its_country_as_actor_and_a_place_where_people_met(corpus_graph):
    assert ("Peru", "Chile") in _edges(corpus_graph, "urged")  # "Lima urged Santiago"
    places = {
        _label(corpus_graph, p)
        for event in corpus_graph.subjects(DIP.relation, DIP.met)
        for p in corpus_graph.objects(event, DIP.place)
    }
    assert places == {"Lima, Peru", "Santiago, Chile"}  # "met ... in Lima", "met Chilean officials in Santiago"
    lima = next(corpus_graph.subjects(RDFS.label, Literal("Lima, Peru")))
    assert (lima, DIP.locatedIn, ID["country/peru"]) in corpus_graph
    assert (lima, RDF.type, DIP.Place) in corpus_graph


def test_corpus_role_nouns_and_the_pair_reach_the_right_people(corpus_graph):
    assert ("Maria Lopez", "Luis Soto") in _edges(corpus_graph, "urged")  # "her Peruvian counterpart"
    assert _edges(corpus_graph, "met") >= {("Maria Lopez", "Luis Soto")}
    labels = {str(o) for o in corpus_graph.objects(None, RDFS.label)}
    assert not labels & {"Lopez", "The pair", "foreign minister", "Government", "prime minister"}


def test_plover_build_has_no_pronoun_or_bare_title_node(tmp_path: Path):
    dev = shared("benchmarks/plover/dev.jsonl")
    result = run_kgraph("build", str(dev), "--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "graph.trig", format="trig")
    gaz = gazetteer()
    bare = {t.lower() for t in gaz.titles} | {h.lower().rstrip(".") for h in gaz.honorifics}
    bare |= {"he", "she", "him", "his", "her", "they", "it", "we", "i", "you", "the pair", "the two leaders"}
    actor_types = [DIP.Person, DIP.Country, DIP.Organization, DIP.GovernmentBody, DIP.Place, DIP.Group]
    labels = {str(ds.value(n, RDFS.label)) for t in actor_types for n in ds.subjects(RDF.type, t)}
    assert len(labels) > 100  # the build found the actors
    assert not {label for label in labels if label.lower().removeprefix("the ") in bare}


def test_bylines_and_credits_give_no_entities(nlp, tmp_path: Path):
    from kgraph.ingest import read_inputs

    article = tmp_path / "talks.txt"
    article.write_text(
        "Talks in Lima\nBy Jane Roe and Tom Hadley, Reuters\n"
        "Maria Lopez met John Carter in Lima on Monday (Jane Roe/Pool Photo/AP).\n"
        "Jane Roe/Reuters\n(Reporting by Jane Roe; Editing by Ann Moss)",
        encoding="utf-8",
    )
    (doc,), _ = read_inputs([article])
    kg = resolve([extract(nlp(doc.text), doc)])
    labels = {e.label for e in kg.entities.values()}
    assert "John Carter" in labels
    assert not labels & {"Jane Roe", "Tom Hadley", "Ann Moss", "Reuters", "AP", "Pool Photo"}


def test_a_regional_description_is_a_country_of_that_article_never_the_other_side(nlp):
    kg = build(
        nlp, "Peru expelled two Chilean diplomats on Monday. Santiago threatened the Andean state with reprisals."
    )
    assert edges(kg, "threatened") == {("country/chile", "country/peru")}


def test_the_country_is_never_the_other_side_of_its_own_fact(nlp):
    kg = build(nlp, "Chile hosted talks with Peru in Santiago. Chile later criticized the country.")
    assert edges(kg, "criticized") == {("country/chile", "country/peru")}


def test_a_group_named_by_its_members_alone_is_one_node_per_article(nlp):
    kg = build(
        nlp,
        "Chile freed 40 political prisoners on Friday. Peru praised the release of the prisoners.",
        "Chile freed 12 prisoners on Monday.",
    )
    first, second = ({eid for m, eid in a.entity_of.items() if "prisoners" in m.text} for a in kg.articles)
    assert len(first) == len(second) == 1 and first != second
    (group,) = first
    assert (kg.entities[group].label, kg.entities[group].type) == ("political prisoners", EntityType.GROUP)


def test_lifting_measures_named_again_gives_way_to_whom_they_were_on(nlp):
    kg = build(nlp, "Ghana imposed sanctions on Togo in 2019. Ghana lifted the sanctions in 2021.")
    assert edges(kg, "conceded") == {("country/ghana", "country/togo")}


def test_rejecting_claims_named_again_still_rejects_who_made_them(nlp):
    kg = build(nlp, "Ghana accused Togo of spying. Togo rejected the allegations.")
    assert edges(kg, "rejected") == {("country/togo", "country/ghana")}


def test_a_pronoun_after_a_person_named_in_its_own_sentence_is_not_the_one_before(nlp):
    kg = build(nlp, "Juan Perez met Ana Silva in Lima. Bolivian police detained Marco Soto after he criticized Chile.")
    assert {s for s, _ in edges(kg, "criticized")} <= {"person/marco_soto"}


def test_an_organ_attacked_is_that_of_the_state_the_article_is_about(nlp):
    kg = build(nlp, "Ghana said on Monday that rebels had shelled the army near Kumasi.")
    (target,) = {o for _, o in edges(kg, "attacked")}
    assert kg.entities[target].label != "Ghana" and "army" in kg.entities[target].label.lower()
    assert "ghana" in target


def test_a_role_noun_two_holders_fit_is_the_one_not_serving_the_other_side_of_its_fact(nlp):
    kg = build(
        nlp,
        "Ghana's foreign minister Ana Silva met her Togolese counterpart Juan Perez in Accra on Monday. "
        "The minister urged Togo to reopen the border.",
    )
    assert edges(kg, "urged") == {("person/ana_silva", "country/togo")}


def test_a_role_noun_two_holders_fit_equally_is_no_one_of_its_own(nlp):
    kg = build(
        nlp,
        "Ghana's foreign minister Ana Silva met her Togolese counterpart Juan Perez in Accra on Monday. "
        "The minister urged Peru to reopen the border.",
    )
    assert edges(kg, "urged") == set()  # either might be meant: a guess could tie the wrong one, a node of its own
