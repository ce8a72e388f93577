"""The layout rules of ARCHITECTURE.md, checked on the source: imports flow one way, one room per concern.

Every import counts, including those inside functions (a lazy import is still a dependency).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Lower layers first; an app may import its own layer's app and the layers below, nothing above.
LAYERS = {
    "academy": 0,
    "courses.video": 1,
    "courses": 2,
    "peer_cases": 3,
    "certificates": 3,
    "partnerships": 3,
    "demo": 4,
}
# Within an app: a module of the first kind never imports one of the second.
FORBIDDEN_WITHIN_APP = [
    ("models", "views"),
    ("models", "admin_views"),
    ("models", "contexts"),
    ("models", "selectors"),
    ("models", "services"),
    ("blocks", "contexts"),
    ("selectors", "contexts"),
    ("selectors", "views"),
    ("services", "views"),
    ("services", "tasks"),
    ("tasks", "views"),
]


def _app_of(module: str) -> str | None:
    """The app a dotted module name belongs to (the longest matching app name)."""
    for app in sorted(LAYERS, key=len, reverse=True):
        if module == app or module.startswith(app + "."):
            return app
    return None


def _kind_of(module: str, app: str) -> str:
    """The module's room in its app: `models`, `services`, `views`... (the first name after the app)."""
    rest = module[len(app) + 1 :].split(".")
    return rest[0] if rest and rest[0] else "__init__"


def _project_modules():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in (".venv", "tests", "bench", "build") or "migrations" in relative.parts:
            continue
        module = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        if _app_of(module) is not None:
            yield module, path


def _imports(module: str, path: Path):
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            yield base, node.lineno
            for alias in node.names:  # `from courses import selectors` imports the module too
                yield f"{base}.{alias.name}", node.lineno


MODULES = list(_project_modules())


def test_the_project_has_modules_to_check():
    assert {"academy.roles", "courses.models.pages", "courses.video.contexts"} <= {m for m, _p in MODULES}


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _p in MODULES])
def test_imports_flow_one_way(module, path):
    app = _app_of(module)
    kind = _kind_of(module, app)
    problems = []
    for imported, line in _imports(module, path):
        target = _app_of(imported)
        if target is None or target == app:
            if target == app:
                target_kind = _kind_of(imported, app)
                if (kind, target_kind) in FORBIDDEN_WITHIN_APP:
                    problems.append(f"line {line}: {kind} imports {target_kind} ({imported})")
            continue
        if LAYERS[target] >= LAYERS[app]:
            problems.append(
                f"line {line}: {app} (layer {LAYERS[app]}) imports {imported} (layer {LAYERS[target]})"
            )
    assert not problems, f"{module}:\n" + "\n".join(problems)


def test_no_python_file_is_over_400_lines():
    long = [
        f"{path.relative_to(ROOT)} ({n} lines)"
        for _module, path in MODULES
        if (n := len(path.read_text().splitlines())) > 400
    ]
    assert not long


def test_every_page_with_a_registered_context_has_one():
    from wagtail.models import get_page_models

    from academy.page_contexts import PageContextMixin, registered

    missing = [
        model.__name__
        for model in get_page_models()
        if issubclass(model, PageContextMixin) and not registered(model)
    ]
    assert not missing
