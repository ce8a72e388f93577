"""The apps never import demo code, so the demo can stay out of production and closes no import loop."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("academy", "courses", "peer_cases", "certificates")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module)
    return modules


def test_no_app_module_imports_demo():
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for app in APPS
        for path in sorted((ROOT / app).rglob("*.py"))
        for module in _imported_modules(path)
        if module == "demo" or module.startswith("demo.")
    ]
    assert offenders == []
