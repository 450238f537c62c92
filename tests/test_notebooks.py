"""notebooks/: committed with their outputs, portable, on the public API, and executed by CI.

`pytest` (the README's `make test`) executes every notebook from a fresh kernel with nbmake:
pyproject's `[tool.pytest.ini_options]` has `notebooks` in `testpaths` and `--nbmake` in
`addopts`, and a failing cell fails the run. The committed files carry the outputs of a run from
top to bottom (tables and plots show on a forge without running anything), and nothing that
ties them to one machine or one moment: no absolute paths, no timing metadata, no widget state;
an output too large to keep (the interactive page inline, ~1 MB) is replaced by a note. After
changing a notebook, run it again and save it that way (`make docs` does it too):

    python tests/test_notebooks.py            # runs every notebook of notebooks/, in place
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

import kg

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
DESIGN_CARD = ("01-build-a-graph", "02-sparql", "03-explore")
RUN = "run it with `python tests/test_notebooks.py` before committing"

# Paths that only exist on one machine: a notebook finds the project from its working directory.
ABSOLUTE_PATHS = ("/work", "/tmp", "/home/", "/Users/", "C:\\")
ABSOLUTE_LITERAL = re.compile(r"""(?<![\w"'])[rbfRBF]?["'](?:/|~/|[A-Za-z]:[\\/])""")


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=nbformat.NO_CONVERT)


def code_of(notebook: nbformat.NotebookNode) -> str:
    """The code cells as one Python module (IPython magics and shell escapes left out)."""
    lines = [
        line
        for cell in notebook.cells
        if cell.cell_type == "code"
        for line in (*cell.source.splitlines(), "")
        if not line.lstrip().startswith(("%", "!"))
    ]
    return "\n".join(lines)


LARGEST_OUTPUT = 200_000  # characters; larger outputs are replaced by a note when saved
LEFT_OUT = "(an output of {size:,} characters, not kept in the committed notebook: run the cell)"


def execute(path: Path) -> None:
    """Run a notebook from a fresh kernel in its folder and save it with its outputs."""
    from nbclient import NotebookClient

    notebook = read(path)
    os.environ["PYTHONHASHSEED"] = "0"  # the kernel's sets iterate in one order: stable outputs
    NotebookClient(
        notebook, timeout=900, resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        merged: list[nbformat.NotebookNode] = []  # how print()s split into chunks is timing
        for output in cell.outputs:
            last = merged[-1] if merged else None
            if output.output_type == "stream" and last is not None and (
                last.output_type == "stream" and last.name == output.name
            ):
                last.text += output.text
            else:
                merged.append(output)
        cell.outputs = merged
        for i, output in enumerate(cell.outputs):
            size = len(str(output))
            if size > LARGEST_OUTPUT:
                cell.outputs[i] = nbformat.v4.new_output(
                    "stream", name="stdout", text=LEFT_OUT.format(size=size) + "\n"
                )
    nbformat.write(notebook, path)


def test_the_notebooks_of_the_design_card_are_there():
    assert {path.stem for path in NOTEBOOKS} >= set(DESIGN_CARD)


def test_ci_executes_the_notebooks():
    """`pytest` with no arguments (make test) runs the notebooks through nbmake."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    options = config["tool"]["pytest"]["ini_options"]
    assert "notebooks" in options["testpaths"]
    assert "--nbmake" in options["addopts"].split()


def test_each_notebook_is_linked_with_what_it_shows():
    """docs/notebooks.md holds the README's lines: one link per notebook, with a description."""
    lines = (ROOT / "docs" / "notebooks.md").read_text(encoding="utf-8").splitlines()
    for path in NOTEBOOKS:
        link = f"notebooks/{path.name})"  # ](../notebooks/…) here, ](notebooks/…) in the README
        [line] = [line for line in lines if link in line]
        assert len(line.split(link, 1)[1].strip(" :-—")) > 20, line


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_committed_with_the_outputs_of_one_run(path: Path):
    notebook = read(path)
    nbformat.validate(notebook)
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3", (
        "the kernel must be the default python3 (the environment's own Python)"
    )
    assert "widgets" not in notebook.metadata, f"{path.name} keeps widget state: {RUN}"
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    counts = [cell.execution_count for cell in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name} was not run top to bottom: {RUN}"
    assert sum(1 for cell in code if cell.outputs) >= len(code) // 2, f"{path.name}: {RUN}"
    for number, cell in enumerate(code, 1):
        assert "execution" not in cell.metadata, f"{path.name}, cell {number}: timing kept: {RUN}"
        for output in cell.outputs:
            assert output.output_type != "error", f"{path.name}, cell {number} failed"
            assert len(str(output)) <= LARGEST_OUTPUT, f"{path.name}, cell {number}: {RUN}"


def test_the_plots_show_on_a_forge():
    """03-explore's matplotlib figures are committed as PNG images."""
    notebook = read(ROOT / "notebooks" / "03-explore.ipynb")
    images = [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if "image/png" in output.get("data", {})
    ]
    assert len(images) >= 3


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_no_absolute_paths(path: Path):
    notebook = read(path)
    for number, cell in enumerate(notebook.cells, 1):
        for marker in ABSOLUTE_PATHS:
            assert marker not in cell.source, f"{path.name}, cell {number}: {marker!r}"
            for output in cell.get("outputs", []):
                assert marker not in str(output), f"{path.name}, cell {number}'s output: {marker!r}"
        if cell.cell_type == "code":
            found = ABSOLUTE_LITERAL.search(cell.source)
            assert found is None, f"{path.name}, cell {number}: an absolute path {found[0]}…"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_only_the_public_api(path: Path):
    """Names come from `kg.__all__` or from a kg module's `__all__`; nothing private."""
    for node in ast.walk(ast.parse(code_of(read(path)), filename=path.name)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "kg":
            assert node.level == 0 and not any(
                part.startswith("_") for part in node.module.split(".")
            ), node.module
            module = importlib.import_module(node.module)
            public = getattr(module, "__all__", None)
            for alias in node.names:
                assert not alias.name.startswith("_"), f"{node.module}.{alias.name}"
                assert public is None or alias.name in public, (
                    f"{node.module}.{alias.name} is not in {node.module}.__all__"
                )
        elif isinstance(node, ast.Import):
            for alias in node.names:
                assert not any(part.startswith("_") for part in alias.name.split(".")), alias.name
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "kg"
        ):
            assert node.attr in kg.__all__, f"kg.{node.attr} is not in kg.__all__"


if __name__ == "__main__":
    for notebook_path in NOTEBOOKS:
        execute(notebook_path)
        print(f"ran {notebook_path.relative_to(ROOT)}")
    sys.exit(0)
