"""The Dask worker plugin of a build on a cluster: its own module, so that a build in one process never imports
dask.distributed (it costs a noticeable share of a small build's time)."""

from __future__ import annotations

from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from kgraph.distributed import ClusterError, pipeline
from kgraph.work import code_digest


class SpacyPipeline(WorkerPlugin):
    """Loads the spaCy pipeline once in each worker, when the worker joins the build, after checking that the
    worker runs the build's kgraph."""

    name = "kgraph-spacy-pipeline"

    def __init__(self, model: str, digest: str):
        self.model, self.digest = model, digest

    def setup(self, worker: Any = None) -> None:
        if code_digest() != self.digest:
            raise ClusterError("this worker runs another kgraph (code or data) than the build: install the same one")
        pipeline(self.model)
