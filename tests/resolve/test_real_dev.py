"""The real articles of ../shared/corpus/real-dev, as pages give them: none of the page's furniture
(credits, handles, outlets, teasers, stamps) becomes an entity."""

import re

from conftest import run_kgraph, shared
from rdflib import RDF, RDFS, Dataset

from kgraph.name_words import name_words
from kgraph.rdf import DIP

ACTOR_TYPES = [DIP.Person, DIP.Country, DIP.Organization, DIP.GovernmentBody, DIP.Place, DIP.Group]
FURNITURE = re.compile(
    r"[/@#|\n]|\b(photo|images?|pictures?|getty|courtesy|handout|read more|also read|advertisement|subscribe|"
    r"sign up|newsletter|share this|published|updated)\b|^\W",
    re.IGNORECASE,
)


def test_no_entity_of_the_real_dev_build_is_page_furniture(tmp_path):
    corpus = shared("corpus/real-dev")
    result = run_kgraph("build", str(corpus), "--out", str(tmp_path), "-q", "--store", "memory")
    assert result.returncode == 0, result.stderr
    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "graph.trig", format="trig")
    labels = {str(ds.value(node, RDFS.label)) for kind in ACTOR_TYPES for node in ds.subjects(RDF.type, kind)}
    assert len(labels) > 50  # the build found the articles' actors
    furniture = sorted(label for label in labels if FURNITURE.search(label) or label in name_words().outlets)
    assert furniture == []
