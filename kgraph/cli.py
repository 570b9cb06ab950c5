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
    graph (TriG), an interactive HTML view and a Markdown report."""


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
    graph.html (interactive view) and report.md (counts and most connected actors).

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
    for name, path in summary.outputs.items():
        typer.echo(f"  {name:<11} {path}")


if __name__ == "__main__":
    app()
