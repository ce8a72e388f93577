"""The demo-content registry: each app contributes a builder that `load_demo` runs in order.

An app adds its demo content by defining a `demo` module that calls `register(order, builder)`.
`load_demo` discovers those modules, so the foundation never imports the apps built on top of it.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

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
    return sorted(_builders, key=lambda item: item[0])
