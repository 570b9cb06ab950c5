"""The notebooks, executed top to bottom in a real Jupyter kernel against the sample build."""

import json
import re
from pathlib import Path

import nbformat
from conftest import ROOT
from nbclient import NotebookClient
from rdflib import Dataset

from kgraph.rdf import DIP

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def execute(name: str, output: Path, cwd: Path, monkeypatch) -> nbformat.NotebookNode:
    monkeypatch.setenv("KGRAPH_OUTPUT", str(output))
    notebook = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}).execute()
    return notebook


def text_of(notebook) -> str:
    return "\n".join(
        out.get("text", "") + "".join(out.get("data", {}).get("text/plain", ""))
        for cell in notebook.cells
        for out in cell.get("outputs", [])
    )


def outputs_of(notebook, mime: str) -> list[str]:
    found = [out.get("data", {}) for cell in notebook.cells for out in cell.get("outputs", [])]
    return [data[mime] for data in found if mime in data]


def test_notebooks_are_stored_without_outputs():
    assert {p.name for p in NOTEBOOKS} >= {"explore.ipynb", "uk_china.ipynb"}
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, path.name


def test_explore_notebook_runs_and_agrees_with_the_report(sample_build, tmp_path, monkeypatch):
    notebook = execute("explore.ipynb", sample_build, tmp_path, monkeypatch)
    report = json.loads((sample_build / "report.json").read_text(encoding="utf-8"))
    text = text_of(notebook)
    summary = (
        f"actors with facts: {len(report['actors'])}, facts: {report['summary']['facts']}, "
        f"communities: {report['summary']['communities']}"
    )
    assert summary in text
    assert outputs_of(notebook, "image/png"), "the activity plot was drawn"
    (page,) = [h for h in outputs_of(notebook, "text/html") if "<iframe srcdoc=" in h]
    assert "vis.DataSet" in page and "&lt;script" in page  # the whole page, escaped into the frame
    top = report["actors"][0]["label"]
    assert top in text, "the centrality table shows the most central actor"


def test_uk_china_notebook_finds_every_contact_between_the_two_sides(sample_build, tmp_path, monkeypatch):
    notebook = execute("uk_china.ipynb", sample_build, tmp_path, monkeypatch)
    # The same question answered from the RDF without SPARQL: facts between the two sides.
    ds = Dataset(default_union=True)
    ds.parse(sample_build / "graph.trig", format="trig")
    sides = {}
    for name in ("United Kingdom", "China"):
        (country,) = {s for s, o in ds.subject_objects(None) if str(o) == name and (s, None, DIP.Country) in ds}
        sides[name] = {country} | set(ds.subjects(DIP.represents, country)) | set(ds.subjects(DIP.partOf, country))
    uk, china = sides["United Kingdom"], sides["China"]
    contacts = []
    for event in set(ds.subjects(DIP.relation, None)):
        agent, target = ds.value(event, DIP.agent), ds.value(event, DIP.target)
        between = (agent in uk and target in china) or (agent in china and target in uk)
        if between and ds.value(event, DIP.modality) != DIP.negated:
            contacts.append(event)
    assert contacts, "the samples have UK–China facts"
    match = re.search(r"UK–China facts: (\d+) in (\d+) articles", text_of(notebook))
    assert match and int(match.group(1)) == len(contacts)
    assert outputs_of(notebook, "image/png"), "the per-article plot was drawn"
