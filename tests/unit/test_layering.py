"""Each stage imports only the stages before it, so the data flow stays one-way."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "dyadwatch"

# Lower ranks may be imported by higher ones, never the reverse. Actor
# resolution (resolve/) is a dictionary service the extractors call, so it
# comes before extract/.
RANK = {
    "types": 0, "errors": 0, "config": 0, "packaged": 0,
    "ingest": 1, "nlp": 2, "resolve": 3, "extract": 4,
    "engine": 5, "store": 5, "contract": 5,
    "analyze": 6, "commands": 7, "evaluate": 8, "serve": 8, "report": 8,
    "cli": 9, "__init__": 10, "__main__": 10,
}


def _stage(parts: tuple[str, ...]) -> str:
    name = parts[0]
    return name.removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dyadwatch."):
            found.add(str(node.module).split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("dyadwatch."):
                    found.add(alias.name.split(".")[1])
    return found


def test_every_stage_has_a_rank() -> None:
    stages = {_stage(p.relative_to(PACKAGE).parts) for p in PACKAGE.rglob("*.py")}
    assert stages <= set(RANK), f"give these a rank: {stages - set(RANK)}"


def test_imports_go_one_way() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        stage = _stage(path.relative_to(PACKAGE).parts)
        for imported in _imports(path):
            if imported in RANK and RANK[imported] > RANK[stage]:
                wrong.append(f"{path.relative_to(PACKAGE)} imports dyadwatch.{imported}")
    assert not wrong, "\n".join(wrong)


def test_only_store_imports_duckdb() -> None:
    users = [
        p.relative_to(PACKAGE) for p in PACKAGE.rglob("*.py")
        if "import duckdb" in p.read_text(encoding="utf-8") and p.parts[-2] != "store"
    ]
    assert not users, users
