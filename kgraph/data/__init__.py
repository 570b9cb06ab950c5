"""Language and world knowledge as data files, loaded and validated at start."""

import json
from functools import cache
from importlib.resources import files
from typing import Any


class DataError(ValueError):
    """A bundled data file does not have its documented shape."""


@cache
def load_json(name: str) -> Any:
    """A data file of this package, parsed; errors name the file."""
    try:
        return json.loads(files(__package__).joinpath(name).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise DataError(f"kgraph data file {name}: {err}") from err
