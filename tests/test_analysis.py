"""The NetworkX analyses, on hand-made graphs whose answers are known and on the sample build."""

import json
from collections import Counter

import networkx as nx
import pytest
from conftest import knowledge_graph, run_kgraph, write_trig
from rdflib import Dataset

from kgraph.analysis import AnalysisError, analyse, ego_network, find_actor, load_graph, paths, project
from kgraph.rdf import DIP, to_dataset

# Two groups that only Austria links: Norway–Sweden–Denmark and Peru–Chile–Bolivia.
BRIDGED = [
    ("Norway", "met", "Sweden", "asserted", "2024-01-05"),
    ("Sweden", "met", "Denmark", "asserted", "2024-01-20"),
    ("Denmark", "urged", "Norway", "planned", None, "a2"),
    ("Denmark", "met", "Austria", "asserted", "2024-02-02", "a2"),
    ("Austria", "met", "Peru", "asserted", "2024-02-03", "a2"),
    ("Peru", "criticized", "Chile", "asserted", "2024-03-01", "a3"),
    ("Chile", "criticized", "Bolivia", "asserted", None, "a3"),
    ("Bolivia", "criticized", "Peru", "negated", None, "a3"),
    ("Bolivia", "urged", "Peru", "reported", None, "a3"),
]


@pytest.fixture()
def bridged():
    kg = knowledge_graph(BRIDGED, dates={"a3": "2024-03-09"}, types={"Austria": "Person"})
    return project(to_dataset(kg))


def test_projection_keeps_every_stated_fact_with_its_evidence_and_drops_negated_ones(bridged):
    g = bridged.actors
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_edges() == len(BRIDGED) - 1 and bridged.negated == 1
    (planned,) = [d for _, _, d in g.edges(data=True) if d["modality"] == "planned"]
    assert planned["relation"] == "urged" and planned["evidence"] == "Denmark urged Norway."
    assert planned["article"] == "a2" and planned["title"] == "Article a2"
    chile = g.get_edge_data("country/chile", "country/bolivia")
    assert [d["date"] for d in chile.values()] == ["2024-03-09"], "an undated fact takes its article's date"
    assert g.nodes["person/austria"]["type"] == "Person" and g.nodes["country/peru"]["label"] == "Peru"


def test_article_entity_graph_links_each_article_to_what_it_mentions(bridged):
    m = bridged.mentions
    assert set(m["article/a3"]) == {"country/peru", "country/chile", "country/bolivia"}
    assert {a for a in m["country/denmark"]} == {"article/a1", "article/a2"}


def test_the_bridge_has_the_highest_betweenness_and_the_groups_are_two_communities(bridged):
    a = analyse(bridged)
    top = max(a.actors, key=lambda x: x.betweenness)
    assert top.label in {"Austria", "Denmark", "Peru"}  # the chain between the groups
    assert {x.label for x in a.actors if x.betweenness == 0} >= {"Norway", "Chile", "Bolivia"}
    assert sum(x.pagerank for x in a.actors) == pytest.approx(1, abs=1e-4)
    groups = [{next(x.label for x in a.actors if x.id == m) for m in c.members} for c in a.communities]
    assert {"Norway", "Sweden", "Denmark"} <= max(groups, key=lambda s: "Norway" in s)
    assert {"Peru", "Chile", "Bolivia"} <= max(groups, key=lambda s: "Chile" in s)
    assert all(not ({"Norway", "Chile"} <= s) for s in groups)
    assert sum(c.size for c in a.communities) == len(a.actors) == 7


def test_counts_by_relation_and_by_month(bridged):
    a = analyse(bridged)
    assert a.relations == {"met": 4, "criticized": 2, "urged": 2}
    assert a.months == {"2024-01": 2, "2024-02": 2, "2024-03": 3, "undated": 1}


def test_ego_network_and_paths(bridged):
    ego, sub = ego_network(bridged.actors, "peru")
    assert set(ego.actors) == {"country/peru", "person/austria", "country/chile", "country/bolivia"}
    assert sub.number_of_edges() == len(ego.facts) == 4  # Austria–Peru, Peru–Chile, Chile–Bolivia, Bolivia urged Peru
    wider, _ = ego_network(bridged.actors, "Peru", radius=2)
    assert "country/denmark" in wider.actors and "country/norway" not in wider.actors
    (route,) = paths(bridged.actors, "Norway", "Chile")
    assert route.actors == ("country/norway", "country/denmark", "person/austria", "country/peru", "country/chile")
    assert route.hops[0] == ("←urged–",) and route.hops[2] == ("–met→",)


def test_unconnected_actors_have_no_path(tmp_path):
    kg = knowledge_graph([("Norway", "met", "Sweden"), ("Peru", "met", "Chile")])
    assert paths(project(to_dataset(kg)).actors, "Norway", "Peru") == []


def test_actors_are_found_by_id_label_or_alias_with_suggestions_when_not():
    kg = knowledge_graph([("Norway", "met", "Sweden")])
    g = project(to_dataset(kg)).actors
    assert find_actor(g, "country/norway") == find_actor(g, "  NORWAY ") == "country/norway"
    assert (
        find_actor(g, "kg:country/norway")
        == find_actor(g, "<https://w3id.org/kgraph/id/country/norway>")
        == ("country/norway")
    )
    g.nodes["country/norway"]["aliases"] = ("the Norwegians",)
    assert find_actor(g, "the norwegians") == "country/norway"
    with pytest.raises(AnalysisError, match="did you mean 'Sweden'"):
        find_actor(g, "Swedne")


def test_the_loader_reads_a_build_and_explains_what_is_missing(tmp_path):
    trig = write_trig(knowledge_graph(BRIDGED), tmp_path / "out")
    assert project(load_graph(trig)).actors.number_of_edges() == len(BRIDGED) - 1
    assert project(load_graph(tmp_path / "out")).actors.number_of_edges() == len(BRIDGED) - 1
    with pytest.raises(AnalysisError, match="run `kgraph build` first"):
        load_graph(tmp_path / "nowhere")
    (tmp_path / "bad.trig").write_text("this is not { trig", encoding="utf-8")
    with pytest.raises(AnalysisError, match="not a readable TriG graph"):
        load_graph(tmp_path / "bad.trig")


def test_analyze_command_writes_reports_and_gephi_files_that_agree_with_the_rdf(sample_build, tmp_path):
    result = run_kgraph("analyze", "--out", str(sample_build), "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    ds = Dataset(default_union=True)
    ds.parse(sample_build / "graph.trig", format="trig")
    events = [e for e in set(ds.subjects(DIP.relation, None)) if ds.value(e, DIP.modality) != DIP.negated]
    by_relation = Counter(str(ds.value(e, DIP.relation)).split("#")[1] for e in events)

    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["facts"] == len(events) == sum(report["months"].values())
    assert report["relations"] == dict(by_relation)
    assert report["summary"]["articles"] == 5
    members = [m for c in report["communities"] for m in c["members"]]
    assert sorted(members) == sorted(a["id"] for a in report["actors"]), "communities partition the actors"

    for name, read in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        g = read(tmp_path / name)
        assert g.number_of_edges() == len(events), name
        relations = Counter(d["relation"] for _, _, d in g.edges(data=True))
        assert relations == by_relation, name
        assert all(d["evidence"] for _, _, d in g.edges(data=True)), name
    g = nx.read_graphml(tmp_path / "graph.graphml")
    china = g.nodes["country/china"]
    assert china["label"] == "China" and china["type"] == "Country" and china["pagerank"] > 0

    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Most central actors" in md and "## Communities" in md and "## Facts by month" in md
    assert f"- facts (graph edges): {len(events)}" in md
    assert "Analysed 5 articles" in result.stdout and "report.json" in result.stdout


def test_analyze_answers_ego_and_path_questions_on_the_terminal_and_writes_only_when_asked(tmp_path):
    write_trig(knowledge_graph(BRIDGED), tmp_path)
    question = ["--ego", "austria", "--path", "Norway", "kg:country/chile"]  # an id as `kgraph query` prints it
    result = run_kgraph("analyze", "--out", str(tmp_path), *question)
    assert result.returncode == 0, result.stderr
    assert "Ego network of Austria (radius 1): 3 actors, 2 facts" in result.stdout
    assert "Norway ←urged– Denmark –met→ Austria –met→ Peru –criticized→ Chile" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"], "the build's outputs are left alone"

    written = run_kgraph("analyze", "--out", str(tmp_path), *question, "--to", str(tmp_path / "answer"))
    assert written.returncode == 0, written.stderr
    assert "Ego network of Austria" in written.stdout and "report.json" in written.stdout
    report = json.loads((tmp_path / "answer" / "report.json").read_text(encoding="utf-8"))
    assert report["ego"]["actor"] == "country/austria" and len(report["paths"]) == 1
    assert "## Paths" in (tmp_path / "answer" / "report.md").read_text(encoding="utf-8")


def test_analyze_errors_are_clear_and_write_nothing(tmp_path):
    missing = run_kgraph("analyze", "--out", str(tmp_path / "nothing"))
    assert missing.returncode == 1 and "run `kgraph build` first" in missing.stderr
    write_trig(knowledge_graph(BRIDGED), tmp_path)
    unknown = run_kgraph("analyze", "--out", str(tmp_path), "--ego", "Norwya", "--to", str(tmp_path))
    assert unknown.returncode == 1 and "did you mean 'Norway'" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.trig"]


def test_report_text_from_articles_is_inert(tmp_path):
    payload = "<img src=x onerror=alert(1)>[a](javascript:alert(2))|"
    kg = knowledge_graph([("Norway", "met", payload, "asserted", None, "a1", f"Norway met {payload}.")])
    write_trig(kg, tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path), "--ego", "Norway", "--to", str(tmp_path)).returncode == 0
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "<img" not in md and "[a](javascript" not in md
    assert r"&lt;img src=x onerror=alert(1)&gt;\[a\](javascript:alert(2))\|" in md
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["actors"][0]["label"] in {
        "Norway",
        payload,
    }
