"""The demo registry: each app's builder registers itself here and `load_demo` runs them in order.

The builders live in `demo.builders`, one module per app; `builders()` imports them all, so the
apps themselves never import demo code.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module

DemoBuilder = Callable[["DemoContext"], None]
_builders: list[tuple[int, str, DemoBuilder]] = []


@dataclass
class DemoContext:
    """What builders share: the output stream and objects earlier builders made (home page, users...)."""

    stdout: object
    objects: dict = field(default_factory=dict)

    def log(self, message: str) -> None:
        self.stdout.write(message)


def register(order: int, name: str):
    """Register a demo builder; lower `order` runs first (the foundation uses 0-99)."""

    def decorator(builder: DemoBuilder) -> DemoBuilder:
        if not any(existing_name == name for _, existing_name, _ in _builders):
            _builders.append((order, name, builder))
        return builder

    return decorator


def builders() -> list[tuple[int, str, DemoBuilder]]:
    """Return every app's builders, in the order they run."""
    import_module("demo.builders")
    return sorted(_builders, key=lambda item: item[0])
