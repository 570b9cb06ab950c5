"""graph.html in a real headless Chromium (Debian's), with every network request blocked."""

import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, knowledge_graph, run_kgraph, write_trig
from rdflib import Dataset
from test_serve import start_server, stop

from kgraph.rdf import DIP, ID, PREFIXES

CHROMIUM = os.environ.get("KGRAPH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(os.environ.get("KGRAPH_ARTIFACTS", ROOT / "test-artifacts"))


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which(CHROMIUM):
        message = f"{CHROMIUM} is not installed (apt-get install chromium; .ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run the browser tests, never skip them
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


# Every piece of text drawn on a canvas, with the size it comes out on screen (the font's size times the
# canvas transform's scale), recorded by wrapping the browser's own fillText before the page runs.
RECORD_TEXT = """
window.__text = [];
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
  const m = this.getTransform();
  const size = parseFloat(this.font) * Math.hypot(m.a, m.b) / window.devicePixelRatio;
  window.__text.push({ text: String(text), px: size });
  return fillText.call(this, text, x, y, ...rest);
};
"""


class Page:
    """One page load: the page, and everything that tried to leave it or went wrong in it."""

    def __init__(self, browser, path: Path | str):
        """`path`: a file, or the URL of a page served here (requests to anywhere else are blocked)."""
        url = path if isinstance(path, str) else path.as_uri()
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        home = "file:" if url.startswith("file:") else url.rstrip("/") + "/"
        self.context.route(re.compile(f"^(?!{re.escape(home)}).*"), self._block)
        self.page = self.context.new_page()
        self.page.add_init_script(RECORD_TEXT)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("dialog", self._dialog)
        self.page.goto(url)
        self.page.wait_for_selector("body[data-ready]", state="attached", timeout=60_000)

    def _block(self, route):
        self.outside.append(route.request.url)
        route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def redrawn_text(self) -> list[dict]:
        """The text the page draws in one fresh drawing, with its size on screen."""
        return self.page.evaluate(
            """() => new Promise((done) => {
                window.__text = [];
                kgraph.network.once("afterDrawing", () => done(window.__text));
                kgraph.network.redraw();
            })"""
        )

    def drawn(self) -> tuple[int, int]:
        """Nodes and edges vis-network has in its drawing (filtered-out ones are not)."""
        body = "kgraph.network.body"
        return tuple(self.page.evaluate(f"[{body}.nodeIndices.length, {body}.edgeIndices.length]"))

    def drawn_nodes(self) -> list[dict]:
        return self.page.evaluate(
            "kgraph.network.body.nodeIndices.map((id) => ({id: id, type: kgraph.nodes.get(id).type}))"
        )

    def drawn_edges(self) -> list[dict]:
        return self.page.evaluate("kgraph.network.body.edgeIndices.map((id) => kgraph.edges.get(id))")

    def hover(self, kind: str, item_id: str) -> str:
        """Move the mouse onto a node, or onto a point of an edge that no node covers; the tooltip's text."""
        x, y = self.page.evaluate(
            """([kind, id]) => {
                const net = kgraph.network;
                const edge = kind === "edge" ? net.body.edges[id].edgeType : null;
                let dom = net.canvasToDOM(edge ? edge.getPoint(0.5) : net.getPositions([id])[id]);
                if (kind === "edge") {
                    for (const at of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                        const here = net.canvasToDOM(edge.getPoint(at));
                        if (net.getNodeAt(here) === undefined && net.getEdgeAt(here) === id) { dom = here; break; }
                    }
                }
                const box = document.getElementById("graph").getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            [kind, item_id],
        )
        self.page.mouse.move(x - 30, y - 30)
        self.page.mouse.move(x, y, steps=5)
        tooltip = self.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=10_000)
        return tooltip.text_content()

    def close(self):
        self.context.close()


@pytest.fixture()
def open_page(browser):
    pages = []

    def opener(path: Path | str) -> Page:
        pages.append(Page(browser, path))
        return pages[-1]

    yield opener
    for page in pages:
        page.close()


def expected_drawing(trig: Path) -> tuple[set[str], Counter]:
    """From the RDF alone: the actors with a stated fact, and the drawn edges (one per pair, relation
    and planned-or-not) with the facts each carries."""
    ds = Dataset(default_union=True)
    ds.parse(trig, format="trig")
    actors, edges = set(), Counter()
    for event in set(ds.subjects(DIP.relation, None)):
        modality = ds.value(event, DIP.modality)
        if modality == DIP.negated:
            continue
        agent, target = ds.value(event, DIP.agent), ds.value(event, DIP.target)
        actors |= {str(agent), str(target)}
        edges[(str(agent), str(target), str(ds.value(event, DIP.relation)), modality == DIP.planned)] += 1
    return actors, edges


def test_sample_page_draws_every_actor_and_fact_with_the_network_blocked(sample_build, open_page):
    actors, edges = expected_drawing(sample_build / "graph.trig")
    view = open_page(sample_build / "graph.html")
    assert view.drawn() == (len(actors), len(edges))
    assert sum(e["facts"] for e in view.drawn_edges()) == sum(edges.values())
    assert view.outside == [], "the page asked the network for something"
    assert view.errors == []
    status = view.page.text_content("#status")
    facts = sum(edges.values())
    assert status == f"Showing {len(actors)} of {len(actors)} actors, {facts} of {facts} facts"
    legend = view.page.locator("#types label").all_text_contents()
    assert sorted(legend) == sorted({n["type"] for n in view.drawn_nodes()})
    relations = {str(r).split("#")[1] for _, _, r, _ in edges}
    assert sorted(view.page.locator("#relations input").evaluate_all("els => els.map(e => e.value)")) == sorted(
        relations
    )
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shortest = min(view.drawn_edges(), key=lambda e: (len(e["title"]), e["id"]))
    assert "“" in view.hover("edge", shortest["id"])  # the screenshot shows a tooltip with evidence
    view.page.screenshot(path=ARTIFACTS / "graph.png")
    assert (ARTIFACTS / "graph.png").stat().st_size > 20_000


def test_edge_tooltip_gives_evidence_article_date_modality_confidence_and_counts(sample_build, open_page):
    """Each fact in an edge's tooltip says how sure the rule was and how often its event was reported: the
    mentions (reports: one sentence of one article each) and articles the RDF gives for it."""
    ds = Dataset(default_union=True)
    ds.parse(sample_build / "graph.trig", format="trig")
    view = open_page(sample_build / "graph.html")
    edge = max(view.drawn_edges(), key=lambda e: (e["facts"], e["id"]))
    text = view.hover("edge", edge["id"])
    assert text.startswith(edge["title"].split("\n")[0])
    agent, target = (ID[edge[end]] for end in ("from", "to"))
    events = [
        e
        for e in set(ds.subjects(DIP.agent, agent))
        if ds.value(e, DIP.target) == target
        and ds.value(e, DIP.relation) == DIP[edge["relation"]]
        and (ds.value(e, DIP.modality) == DIP.planned) == bool(edge["dashes"])
    ]
    mentions = sum(len(set(ds.objects(e, DIP.reportedBy))) for e in events)
    assert f"{len(events)} facts, {mentions} mention" in text and len(events) == edge["facts"] > 1
    lines = re.findall(
        r"· (undated|\d{4}-\d\d-\d\d) · (asserted|planned|reported) · confidence (\d\.\d\d) · (\d+) mentions? in "
        r"(\d+) articles?",
        text,
    )
    assert lines and "“" in text
    confidences = {f"{float(ds.value(e, DIP.confidence)):.2f}" for e in events}
    for _, _, confidence, mentioned, articles in lines:
        assert confidence in confidences and int(mentioned) >= int(articles) >= 1


def overlapping(boxes: list[dict]) -> list[tuple[dict, dict]]:
    return [
        (a, b)
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]
    ]


def test_text_is_legible_at_the_initial_zoom_and_never_drawn_on_other_text(sample_build, open_page):
    """Measured as drawn: every piece of text the sample page puts on its canvas comes out at 12 px or more
    on screen; every actor's name is shown, and most edge labels; no two overlap."""
    view = open_page(sample_build / "graph.html")
    drawn = view.redrawn_text()
    sizes = sorted(t["px"] for t in drawn)
    print(
        f"initial zoom {view.page.evaluate('kgraph.network.getScale()'):.3f}; text sizes on screen: "
        f"{sizes[0]:.1f}–{sizes[-1]:.1f} px over {len(sizes)} pieces"
    )
    assert drawn and sizes[0] >= 12 - 1e-3, sizes[:5]  # 12 px as the page clamps it, give or take rounding
    shown = view.page.evaluate("kgraph.text()")
    names = {t["id"] for t in shown if t["kind"] == "name"}
    assert names == {n["id"] for n in view.drawn_nodes()}, "every actor of the samples is named"
    labels = [t for t in shown if t["kind"] == "edge"]
    assert len(labels) >= 0.75 * view.drawn()[1], "most edges are labelled"
    assert sorted(t["text"] for t in drawn) == sorted(t["text"] for t in shown)
    assert all(t["px"] >= 14 for t in shown if t["kind"] == "name")
    assert overlapping([t["box"] for t in shown]) == []


def test_text_is_drawn_over_every_line(tmp_path, open_page):
    """A line moved to run straight through an edge's label and through an actor's name stays under them:
    inside the text's box none of the line's colour shows, just beyond it the line does."""
    facts = [("Norway", "met", "Sweden"), ("Peru", "attacked", "Chile"), ("Fiji", "criticized", "Samoa")]
    write_trig(knowledge_graph(facts), tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    shown = view.page.evaluate("kgraph.text()")
    label = next(t for t in shown if t["kind"] == "edge" and t["text"] == "met")
    name = next(t for t in shown if t["kind"] == "name" and t["id"] == "country/norway")
    crossings = {"attacked": label, "criticized": name}
    colours = {}
    for relation, text in crossings.items():
        edge = next(e for e in view.drawn_edges() if e["relation"] == relation)
        colours[relation] = edge["color"]
        box = text["box"]
        x, top, bottom = (box["left"] + box["right"]) / 2, box["top"], box["bottom"]
        view.page.evaluate(
            """([edge, x, top, bottom]) => {
                const net = kgraph.network;
                kgraph.edges.update({ id: edge.id, smooth: false });
                const a = net.DOMtoCanvas({ x: x, y: top - 150 }), b = net.DOMtoCanvas({ x: x, y: bottom + 150 });
                net.moveNode(edge.from, a.x, a.y);
                net.moveNode(edge.to, b.x, b.y);
            }""",
            [edge, x, top, bottom],
        )
    view.redrawn_text()
    for relation, text in crossings.items():
        box = text["box"]
        inside, beyond = view.page.evaluate(
            """([box, colour]) => {
                const canvas = document.querySelector("#graph canvas");
                const ratio = canvas.width / canvas.clientWidth;
                const target = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
                const near = (d, i) => Math.abs(d[i] - target[0]) + Math.abs(d[i + 1] - target[1])
                                       + Math.abs(d[i + 2] - target[2]) < 60;
                const count = (left, top, right, bottom) => {
                    const w = Math.max(1, Math.round((right - left) * ratio));
                    const h = Math.max(1, Math.round((bottom - top) * ratio));
                    const data = canvas.getContext("2d").getImageData(
                        Math.round(left * ratio), Math.round(top * ratio), w, h).data;
                    let n = 0;
                    for (let i = 0; i < data.length; i += 4) if (near(data, i)) n++;
                    return n;
                };
                const x = (box.left + box.right) / 2;
                return [count(box.left + 1, box.top + 1, box.right - 1, box.bottom - 1),
                        count(x - 3, box.top - 30, x + 3, box.top - 6)];
            }""",
            [box, colours[relation]],
        )
        assert beyond > 0, f"the {relation} line was not moved through the text"
        assert inside == 0, f"the {relation} line shows through {text['text']!r}"
    assert view.errors == []


def test_separate_groups_are_laid_out_apart_with_room_for_every_name(tmp_path, open_page):
    star = [("Hub", "met", f"Spoke {i}") for i in range(6)]
    ring = [("Alpha", "urged", "Beta"), ("Beta", "urged", "Gamma"), ("Gamma", "urged", "Alpha")]
    pair = [("Left", "criticized", "Right")]
    write_trig(knowledge_graph(star + ring + pair), tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    shown = view.page.evaluate("kgraph.text()")
    assert len([t for t in shown if t["kind"] == "name"]) == 12, "every actor is named"
    dots = view.page.evaluate(
        """() => kgraph.network.body.nodeIndices.map((id) => {
            const n = kgraph.network.body.nodes[id], r = n.options.size;
            const a = kgraph.network.canvasToDOM({ x: n.x - r, y: n.y - r });
            const b = kgraph.network.canvasToDOM({ x: n.x + r, y: n.y + r });
            return { id: id, box: { left: a.x, top: a.y, right: b.x, bottom: b.y } };
        })"""
    )
    groups = {"hub": "star", "alpha": "ring", "beta": "ring", "gamma": "ring", "left": "pair", "right": "pair"}
    group_of = {d["id"]: groups.get(d["id"].split("/")[1], "star") for d in dots}
    extents = {}
    for item in dots + [t for t in shown if t["kind"] == "name"]:
        b, g = item["box"], group_of[item["id"]]
        e = extents.setdefault(g, dict(b))
        e.update(left=min(e["left"], b["left"]), top=min(e["top"], b["top"]))
        e.update(right=max(e["right"], b["right"]), bottom=max(e["bottom"], b["bottom"]))
    assert overlapping(list(extents.values())) == [], "each group apart from the others"
    assert overlapping([t["box"] for t in shown] + [d["box"] for d in dots]) == []
    assert view.errors == []


def test_a_very_long_name_is_cut_on_the_page_and_given_whole_in_its_tooltip(tmp_path, open_page):
    long_name = "Council " + " ".join(f"of the Harbour District {i}" for i in range(900))  # about 20,000 characters
    facts = [(long_name, "met", "Norway"), ("Norway", "urged", "Sweden"), ("Peru", "criticized", "Chile")]
    write_trig(knowledge_graph(facts), tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    scale = view.page.evaluate("kgraph.network.getScale()")
    assert scale > 0.3, f"the page fits the drawing at zoom {scale:.4f}"
    shown = {t["id"]: t for t in view.page.evaluate("kgraph.text()") if t["kind"] == "name"}
    long_id = next(i for i, t in shown.items() if t["text"].startswith("Council of the Harbour"))
    assert shown[long_id]["text"].endswith("…") and len(shown[long_id]["text"]) <= 60
    assert {"country/norway", "country/sweden"} <= set(shown), "the other names are still drawn"
    assert long_name in view.hover("node", long_id)
    assert view.errors == []


def test_the_confidence_slider_keeps_the_facts_read_with_at_least_that_confidence(tmp_path, open_page):
    facts = [
        ("Norway", "met", "Sweden", "asserted", None, "a1", "Norway met Sweden.", 0.9),
        ("Norway", "met", "Sweden", "asserted", None, "a2", "Norway met Sweden again.", 0.6),
        ("Peru", "urged", "Chile", "asserted", None, "a1", "Peru urged Chile.", 0.75),
        ("Fiji", "criticized", "Samoa", "asserted", None, "a3", "Fiji criticized Samoa.", 0.55),
    ]
    write_trig(knowledge_graph(facts), tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    slider = view.page.locator("#confidence")
    assert (slider.get_attribute("min"), slider.get_attribute("max")) == ("0.55", "0.9")

    def slide(value: float) -> None:
        view.page.evaluate(
            "(v) => { const s = document.getElementById('confidence'); s.value = v;"
            " s.dispatchEvent(new Event('input')); s.dispatchEvent(new Event('change')); }",
            value,
        )

    slide(0.7)
    assert sorted(e["relation"] for e in view.drawn_edges()) == ["met", "urged"]
    assert view.page.text_content("#status") == "Showing 4 of 6 actors, 2 of 4 facts"
    assert view.page.text_content("#confidence-value") == "0.70"
    slide(0.9)
    assert [e["relation"] for e in view.drawn_edges()] == ["met"]
    assert view.page.text_content("#status") == "Showing 2 of 6 actors, 1 of 4 facts"
    view.page.click("#reset")
    assert view.drawn() == (6, 3) and slider.input_value() == "0.55"
    view.page.click('#relations input[value="met"]')
    slide(0.9)  # only met had a fact this sure, and met is hidden: refused, the slider goes back
    assert "never goes blank" in view.page.text_content("#message")
    assert slider.input_value() == "0.55" and view.drawn()[1] == 2
    assert view.errors == []


def test_filters_change_what_is_visible_and_never_blank_the_graph(sample_build, open_page):
    view = open_page(sample_build / "graph.html")
    all_nodes, all_edges = view.drawn()
    edges = view.drawn_edges()
    busiest = Counter(e["relation"] for e in edges).most_common(1)[0][0]
    view.page.click(f'#relations input[value="{busiest}"]')
    remaining = [e for e in edges if e["relation"] != busiest]
    assert view.drawn() == (len({x for e in remaining for x in (e["from"], e["to"])}), len(remaining))
    assert all(e["relation"] != busiest for e in view.drawn_edges())
    assert view.page.text_content("#status").startswith(f"Showing {view.drawn()[0]} of {all_nodes} actors")

    boxes = view.page.locator("#relations input")
    for i in range(boxes.count()):  # untick every relation: the last one is refused
        if boxes.nth(i).is_checked():
            boxes.nth(i).click()
    assert view.drawn()[1] >= 1 and "never goes blank" in view.page.text_content("#message")
    assert boxes.evaluate_all("els => els.filter(e => e.checked).length") == 1

    view.page.click("#reset")
    assert view.drawn() == (all_nodes, all_edges)
    view.page.click('#types input[value="Person"]')
    assert view.drawn()[0] < all_nodes
    assert all(n["type"] != "Person" for n in view.drawn_nodes())


def test_date_filter_keeps_the_facts_of_the_chosen_days(sample_build, open_page):
    view = open_page(sample_build / "graph.html")
    edges = view.drawn_edges()
    dates = sorted({d for e in edges for d in e["dates"] if d})
    if not dates:
        pytest.skip("the samples gave no dated fact")
    view.page.uncheck("#undated")
    assert all(any(e["dates"]) for e in view.drawn_edges())
    view.page.fill("#date-from", dates[-1])
    view.page.dispatch_event("#date-from", "change")
    kept = view.drawn_edges()
    assert kept and all(dates[-1] in e["dates"] for e in kept)
    assert len(kept) == sum(1 for e in edges if dates[-1] in e["dates"])


def test_search_finds_and_selects_an_actor(sample_build, open_page):
    view = open_page(sample_build / "graph.html")
    target = max(view.drawn_nodes(), key=lambda n: n["id"])
    label = view.page.evaluate(f"kgraph.nodes.get({json.dumps(target['id'])}).name")
    view.page.fill("#search", label.upper())
    view.page.press("#search", "Enter")
    assert view.page.evaluate("kgraph.network.getSelectedNodes()") == [target["id"]]
    view.page.fill("#search", "no such actor anywhere")
    view.page.press("#search", "Enter")
    assert "No actor matches" in view.page.text_content("#message")


HOSTILE_NAME = '<script>window.__pwned = "name"</script><img src="http://evil.example/n.png" onerror="alert(1)">'
HOSTILE_SENTENCE = "<img src=x onerror=\"window.__pwned = 'sentence'; alert(2)\"> met <script>alert(3)</script>"
HOSTILE_TITLE = "</script><script>window.__pwned = 'title'</script><img src=y onerror=alert(4)>"


def test_an_article_with_script_and_onerror_payloads_runs_none_of_them(tmp_path, open_page):
    kg = knowledge_graph(
        [
            (HOSTILE_NAME, "met", "Norway", "asserted", "2024-05-01", "x1", HOSTILE_SENTENCE),
            ("Norway", "urged", HOSTILE_NAME, "planned", None, "x1"),
        ],
        types={HOSTILE_NAME: "Person"},
        titles={"x1": HOSTILE_TITLE},
    )
    write_trig(kg, tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    assert view.drawn() == (2, 2)
    assert view.page.evaluate("window.__pwned") is None
    assert view.page.evaluate("document.images.length") == 0
    assert view.page.evaluate("document.scripts.length") == 2  # vis-network and the page's own
    node = next(n["id"] for n in view.drawn_nodes() if n["type"] == "Person")
    assert HOSTILE_NAME in view.hover("node", node)
    met = next(e["id"] for e in view.drawn_edges() if e["relation"] == "met")
    text = view.hover("edge", met)
    assert HOSTILE_SENTENCE in text and HOSTILE_TITLE in text
    view.page.fill("#search", HOSTILE_NAME)
    view.page.press("#search", "Enter")
    view.page.fill("#search", "<img src=z onerror=alert(5)>nobody")
    view.page.press("#search", "Enter")
    assert "<img src=z onerror=alert(5)>nobody" in view.page.text_content("#message")
    assert view.page.evaluate("window.__pwned") is None and view.page.evaluate("document.images.length") == 0
    assert view.dialogs == [] and view.outside == [] and view.errors == []


def test_a_built_article_with_payloads_in_title_and_sentences_stays_inert(tmp_path, open_page):
    text = f"Norway urged Sweden to act. {HOSTILE_SENTENCE} Norway met Sweden in Oslo. {HOSTILE_NAME}"
    (tmp_path / "x.jsonl").write_text(json.dumps({"id": "x1", "title": HOSTILE_TITLE, "text": text}) + "\n")
    result = run_kgraph("build", str(tmp_path / "x.jsonl"), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    view = open_page(tmp_path / "out" / "graph.html")
    assert view.drawn()[0] >= 2
    for edge in view.drawn_edges():
        view.hover("edge", edge["id"])
    assert view.page.evaluate("window.__pwned") is None and view.page.evaluate("document.images.length") == 0
    assert view.dialogs == [] and view.outside == [] and view.errors == []


def test_a_large_graph_is_drawn_at_once_where_the_layout_put_it(tmp_path, open_page):
    # 400 actors in a tree plus 20 separate pairs: above the size where physics is replaced by positions
    tree = [(f"Actor {i}", "met", f"Actor {(i - 1) // 3}") for i in range(1, 400)]
    pairs = [(f"Pair {i} a", "urged", f"Pair {i} b") for i in range(20)]
    write_trig(knowledge_graph(tree + pairs), tmp_path)
    assert run_kgraph("analyze", "--out", str(tmp_path)).returncode == 0
    view = open_page(tmp_path / "graph.html")
    assert view.drawn() == (440, 419)
    placed = view.page.evaluate("Object.fromEntries(kgraph.nodes.get().map((n) => [n.id, [n.x, n.y]]))")
    drawn = view.page.evaluate("kgraph.network.getPositions()")
    moved = {n: p for n, p in placed.items() if (drawn[n]["x"], drawn[n]["y"]) != pytest.approx(tuple(p), abs=1)}
    assert moved == {}, "actors stay where the layout put them"
    assert len({tuple(p) for p in placed.values()}) == 440, "no two actors on the same spot"
    pair = [p for n, p in placed.items() if n.startswith("country/pair_")]
    tree_xs = [p[0] for n, p in placed.items() if n.startswith("country/actor_")]
    tree_ys = [p[1] for n, p in placed.items() if n.startswith("country/actor_")]
    inside = [p for p in pair if min(tree_xs) < p[0] < max(tree_xs) and min(tree_ys) < p[1] < max(tree_ys)]
    assert inside == [], "separate groups are laid out apart"
    assert view.errors == [] and view.outside == []


@pytest.fixture(scope="module")
def served(sample_build):
    """`kgraph serve` on the sample build: its URL."""
    process, url = start_server(sample_build.parent)
    try:
        yield url
    finally:
        stop(process)


def test_the_query_page_opens_with_kgraphs_prefixes_and_runs_the_shipped_examples(served, sample_build, open_page):
    from kgraph.queries import examples
    from playwright.sync_api import expect

    view = open_page(served + "/")
    editor = "kgraph.yasgui.getTab().getYasqe()"
    first = view.page.evaluate(f"{editor}.getValue()")
    for prefix, iri in PREFIXES.items():
        if prefix in ("dip", "kg", "wd", "dcterms", "prov", "skos"):
            assert re.search(rf"^PREFIX {prefix}:\s+<{re.escape(str(iri))}>$", first, re.MULTILINE), prefix
    assert re.search(r"^PREFIX rdfs:\s+<http://www.w3.org/2000/01/rdf-schema#>$", first, re.MULTILINE)
    view.page.evaluate(f"{editor}.query()")
    view.page.wait_for_selector(".yasr table tbody tr", timeout=30_000)
    assert "Wang Yi" in view.page.text_content(".yasr table")  # the first query lists who did what to whom

    offered = view.page.locator("#examples option").evaluate_all("els => els.map(e => e.value).filter(Boolean)")
    assert offered == [e.name for e in examples()] and len(offered) >= 10
    view.page.select_option("#examples", "who_met_whom")
    assert view.page.evaluate("kgraph.yasgui.getTab().getName()") == "who_met_whom"
    assert view.page.evaluate(f"{editor}.getValue()") == (ROOT / "queries" / "who_met_whom.rq").read_text()
    view.page.evaluate(f"{editor}.query()")
    pairs = run_kgraph("query", "who_met_whom", "-f", "csv", "--out", str(sample_build)).stdout.splitlines()[1:]
    shown = view.page.locator(".tabPanel.active .yasr table tbody tr")
    expect(shown).to_have_count(len(pairs), timeout=30_000)
    assert "David Lammy" in view.page.text_content(".tabPanel.active .yasr table")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    view.page.screenshot(path=ARTIFACTS / "query-page.png")
    assert view.outside == [], "the page asked the network for something"
    assert view.errors == []
