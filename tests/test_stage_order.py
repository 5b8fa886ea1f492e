"""The cleaner's stages read top to bottom: no stage imports a later one.

The order is the one the README's "Layout" section shows.  Imports made
only for type checking (``if TYPE_CHECKING:``) do not count."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsclean"

#: Modules any stage may read; they read only each other.
FOUNDATIONS = ("labels", "datafiles", "text", "model", "url", "version", "item")
#: The stages of ``clean()`` in order (the facts' modules in the order they build on each other).
PIPELINE = (
    "layout", "segment",
    "stoplists", "function_words", "rules", "config", "dates", "classify", "names", "thread", "cohesion",
    "region", "bio", "context", "head", "metadata", "comments",
    "core",
)
#: What reads the pipeline's result (input and output, HTML, batch runs, the CLI, benchmarks).
FRONT_ENDS = (
    "__init__", "textio", "render", "reconcile", "fromhtml", "frommarkdown", "formats", "records", "batch",
    "corpus", "distributed",
    "progress", "explain", "evaluation", "benchmark", "cli",
)


def _imports(module: str) -> set[str]:
    tree = ast.parse((SRC / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []  # type-only imports
    found = set()
    todo = [tree]
    while todo:  # walked by hand: the bodies emptied above are not entered
        node = todo.pop()
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
        todo.extend(ast.iter_child_nodes(node))
    return found


def test_every_module_is_placed():
    """A new module is placed on purpose: a foundation, a stage, or a front end."""
    assert {p.stem for p in SRC.glob("*.py")} == set(FOUNDATIONS) | set(PIPELINE) | set(FRONT_ENDS)


@pytest.mark.parametrize("module", FOUNDATIONS)
def test_foundations_read_only_foundations(module):
    assert _imports(module) <= set(FOUNDATIONS)


@pytest.mark.parametrize("module", PIPELINE)
def test_no_stage_imports_a_later_stage(module):
    rank = {m: i for i, m in enumerate(PIPELINE)}
    later = sorted(m for m in _imports(module) if m in rank and rank[m] >= rank[module])
    others = sorted(m for m in _imports(module) if m not in rank and m not in FOUNDATIONS)
    assert not later, f"{module} imports later stages {later}"
    assert not others, f"{module} imports front ends {others}"
