"""The `kgraph` command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kgraph import __version__
from kgraph.data import DataError
from kgraph.nlp import DEFAULT_MODEL, ModelError
from kgraph.pipeline import BuildError, build

app = typer.Typer(
    help="Build a knowledge graph of who met, urged, criticised or backed whom from diplomacy news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """kgraph reads news articles, extracts diplomacy facts with their evidence, and writes an RDF
    graph (TriG), an interactive HTML view, reports and a network analysis."""


@app.command("build")
def build_command(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or directories of .txt, .md, .html or .jsonl articles (JSONL: one article a line with "
            "'id' and 'text', optional 'title', 'date', 'source'). Default: the bundled sample corpus.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write the outputs to.")] = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy English pipeline (package name or path).")] = (
        DEFAULT_MODEL
    ),
    workers: Annotated[int, typer.Option(min=1, help="Processes running spaCy and extraction in parallel.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Build the knowledge graph of INPUTS into OUT: graph.trig (one named graph per article),
    and what `kgraph analyze` writes from it: graph.html (interactive view), report.md and
    report.json (counts, centralities, communities), graph.graphml and graph.gexf (for Gephi).

    Unreadable files are reported and skipped; the outputs are replaced only when the build
    succeeds, so a failed build leaves the previous graph as it was."""
    progress = Progress(
        TextColumn("[bold]Reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet,
    )
    task = progress.add_task("articles", total=None)
    try:
        with progress:
            summary = build(
                inputs or [],
                out=out,
                model=model,
                workers=workers,
                batch_size=batch_size,
                on_documents=lambda n: progress.update(task, total=n),
                on_progress=lambda n: progress.advance(task, n),
            )
    except (BuildError, ModelError, DataError) as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(code=1) from err
    except OSError as err:  # e.g. --out names a file, or the disk is full
        console.print(f"[red]error:[/red] cannot write the outputs: {escape(str(err))}")
        raise typer.Exit(code=1) from err

    for skipped in summary.skipped:
        console.print(f"[yellow]skipped[/yellow] {escape(skipped.source)}: {escape(skipped.reason)}")
    typer.echo(
        f"Built {summary.articles} articles: {summary.entities} entities, {summary.facts} facts"
        + (f" ({len(summary.skipped)} inputs skipped)" if summary.skipped else "")
    )
    _list_outputs(summary.outputs)


def _list_outputs(outputs: dict[str, Path]) -> None:
    width = max(map(len, outputs), default=0)
    for name, path in outputs.items():
        typer.echo(f"  {name:<{width}} {path}")


@app.command("analyze")
def analyze_command(
    graph: Annotated[
        Path,
        typer.Argument(help="The graph.trig a build wrote, or the folder holding it.", show_default=True),
    ] = Path("output/graph.trig"),
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Directory to write to. Default: the graph's own folder.", show_default=False),
    ] = None,
    ego: Annotated[
        str | None,
        typer.Option(help="An actor (label or id, any case) whose ego network to list, e.g. 'David Lammy'."),
    ] = None,
    radius: Annotated[int, typer.Option(min=1, help="How many facts away the ego network reaches.")] = 1,
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(help="Two actors whose shortest chains of facts to list, e.g. --path 'UK' 'Russia'."),
    ] = None,
) -> None:
    """Analyse a built graph with NetworkX and write graph.html, report.md, report.json and the
    network for Gephi (graph.graphml, graph.gexf): degree, betweenness, PageRank, Louvain
    communities, facts by relation and by month; optionally an actor's ego network and the
    paths between two actors. `kgraph build` runs this on every build."""
    from kgraph.analysis import AnalysisError, ego_network, load_graph, paths
    from kgraph.export import Analysed, write_analysis
    from kgraph.report import describe_route

    try:
        dataset = load_graph(graph)
        analysed = Analysed(dataset)
        label = {node: data["label"] for node, data in analysed.network.nodes(data=True)}
        if ego:
            analysed.ego = ego_network(analysed.network, ego, radius)[0]
        if path:
            analysed.routes = paths(analysed.network, *path)
        target = out or (graph if graph.is_dir() else graph.parent)
        outputs = write_analysis(analysed, target)
    except AnalysisError as err:
        console.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(code=1) from err
    except OSError as err:
        console.print(f"[red]error:[/red] cannot write the outputs: {escape(str(err))}")
        raise typer.Exit(code=1) from err

    a = analysed.analysis
    typer.echo(
        f"Analysed {len(a.articles)} articles: {a.entities} entities, {a.facts} facts, {len(a.communities)} communities"
    )
    top = ", ".join(f"{x.label} ({x.pagerank:.3f})" for x in a.actors[:5])
    if top:
        typer.echo(f"  most central (PageRank): {top}")
    if analysed.ego is not None:
        e = analysed.ego
        typer.echo(f"Ego network of {label[e.actor]} (radius {e.radius}): {len(e.actors)} actors, {len(e.facts)} facts")
        for f in e.facts:
            typer.echo(f"  {f.date or 'undated':<10} {label[f.source]} {f.relation} {label[f.target]} ({f.modality})")
    if analysed.routes is not None:
        typer.echo("Paths:" if analysed.routes else "No chain of facts links the two actors.")
        for route in analysed.routes:
            typer.echo("  " + describe_route(route, label)[2:])
    _list_outputs(outputs)


if __name__ == "__main__":
    app()
