"""What each page (or block) shows, registered by its app's `contexts.py` instead of imported by models.

An app's `contexts.py` builds the template context of its pages and registers each builder with
`@shows(Model)` (the page itself) or `@shows(Model, "route")` (a route of a routable page, a block);
the app's `AppConfig.ready()` imports that module. Models and blocks ask `context_of(self, ...)`, so
they never import the contexts that import them.
"""

from collections.abc import Callable

ContextBuilder = Callable[..., dict]
_builders: dict[tuple[type, str], ContextBuilder] = {}


def shows(owner: type, view: str = "page") -> Callable[[ContextBuilder], ContextBuilder]:
    """Register the decorated function as what `view` of `owner` (a page or block class) shows."""

    def register(builder: ContextBuilder) -> ContextBuilder:
        _builders[(owner, view)] = builder
        return builder

    return register


def context_of(instance, view: str = "page", **kwargs) -> dict:
    """Return the context registered for `view` of the instance's class (or of a base class)."""
    for klass in type(instance).__mro__:
        builder = _builders.get((klass, view))
        if builder is not None:
            return builder(instance, **kwargs)
    raise LookupError(
        f"No context registered for {type(instance).__name__} ({view}): "
        "does its app's AppConfig.ready() import its contexts module?"
    )


def registered(owner: type, view: str = "page") -> bool:
    return any((klass, view) in _builders for klass in owner.__mro__)


class PageContextMixin:
    """A page whose template context comes from its app's contexts module."""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(context_of(self, request=request))
        return context
