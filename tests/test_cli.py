"""The command line, called through main(argv)."""

import json
from pathlib import Path

from newsclean.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_clean_directory_txt_and_json(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["clean", str(SEEDS), "-o", str(out), "--quiet"]) == EXIT_OK
    files = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert len(files) == 5 and all(f.endswith(".txt") for f in files)
    assert main(["clean", str(SEEDS), "-o", str(tmp_path / "j"), "--format", "json", "-q"]) == EXIT_OK
    doc = json.loads(next((tmp_path / "j").glob("*.json")).read_text(encoding="utf-8"))
    assert {"body", "title", "blocks"} <= set(doc)


def test_clean_single_file_to_stdout(capsys):
    assert main(["clean", str(SEEDS / "003_e44f884e6f08f1cf.txt"), "-q"]) == EXIT_OK
    assert "Stoltenberg" in capsys.readouterr().out


def test_bad_files_are_reported_and_the_run_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("A paragraph of news text that is long enough to be kept as the body.", "utf-8")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (src / "latin1.txt").write_bytes("Café au lait, déjà vu: the minister said it was très bien.".encode("latin-1"))
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q"]) == EXIT_SOME_FAILED
    err = capsys.readouterr().err
    assert "binary.txt" in err and "binary" in err
    assert (out / "good.txt").exists() and (out / "latin1.txt").exists()
    assert "Café" in (out / "latin1.txt").read_text("utf-8")
    assert not (out / "binary.txt").exists()


def test_refuses_output_inside_input(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("text", "utf-8")
    assert main(["clean", str(src), "-o", str(src / "out")]) == EXIT_USAGE
    assert "inside the input tree" in capsys.readouterr().err


def test_missing_input_and_bad_rules(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt")]) == EXIT_USAGE
    bad = tmp_path / "r.toml"
    bad.write_text('[nolabel.x]\nexact = ["a"]\n', "utf-8")
    assert main(["explain", str(SEEDS / "000_75066b03832c0bdd.txt"), "--rules", str(bad)]) == EXIT_USAGE
    assert "unknown label" in capsys.readouterr().err


def test_explain_lists_every_block_with_reason(capsys):
    assert main(["explain", str(SEEDS / "000_75066b03832c0bdd.txt"), "--color", "never"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "advertisement.marker" in out and "Advertisement:" in out
    assert "\x1b[" not in out
    assert main(["explain", str(SEEDS / "000_75066b03832c0bdd.txt"), "--color", "always", "--only", "body"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b[" in out and "advertisement.marker" not in out


def test_explain_marks_the_column_of_each_block(tmp_path, capsys):
    menu = ["Home", "News", "Sport", "Business", "Weather"]
    text = ("The council met on Tuesday evening to discuss the budget for the coming year, and the session ran "
            "late into the night as residents queued to speak about the bridge.")
    import textwrap

    right = textwrap.wrap(text, 40)
    page = "".join(f"{(menu[k] if k < len(menu) else ''):<14}{line}\n" for k, line in enumerate(right))
    path = tmp_path / "columns.txt"
    path.write_text(page, encoding="utf-8")
    assert main(["explain", str(path), "--color", "never", "--full"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "columns: 2" in out
    rows = [line for line in out.splitlines() if "The council met" in line]
    assert len(rows) == 1 and " c2 " in rows[0] and "late into the night" in rows[0]
    assert any(" c1 " in line and "Home" in line for line in out.splitlines())


def test_bench_on_the_seeds(capsys):
    assert main(["bench", "--seeds", str(SEEDS)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "line acc" in out and "confusion" in out


def test_bench_refuses_a_missing_dataset(tmp_path, capsys):
    assert main(["bench", "--seeds", str(SEEDS), "--dataset", str(tmp_path / "missing")]) == EXIT_USAGE
