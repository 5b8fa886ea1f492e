"""Batch cleaning: outputs, resume, bad inputs, kill -9, Dask."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsclean import Status, clean_files
from newsclean.batch import ERRORS_NAME, JSONL_NAME, check_output_dir
from newsclean.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def make_tree(root: Path, copies: int = 2) -> Path:
    """A small corpus: the seeds, several times, in nested folders."""
    src = root / "in"
    for k in range(copies):
        for i, seed in enumerate(SEEDS):
            p = src / f"batch{k % 3}" / f"doc{k:04d}_{i}.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(seed.read_text("utf-8") + f"\n\nDocument {k} {i}.\n", "utf-8")
    return src


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_outputs_mirror_the_tree_in_every_format(tmp_path):
    src = make_tree(tmp_path)
    for fmt in ("txt", "json"):
        out = tmp_path / fmt
        results = list(clean_files([src], output_dir=out, fmt=fmt, jobs=2))
        assert all(r.status is Status.CLEANED for r in results)
        assert sorted(tree_bytes(out)) == sorted(str(Path(r.rel).with_suffix(f".{fmt}")) for r in results)
    out = tmp_path / "jsonl"
    list(clean_files([src], output_dir=out, fmt="jsonl", jobs=2))
    lines = (out / JSONL_NAME).read_text("utf-8").splitlines()
    assert [json.loads(x)["path"] for x in lines] == sorted(json.loads(x)["path"] for x in lines)
    assert len(lines) == len(SEEDS) * 2


def test_parallel_and_serial_runs_write_the_same_bytes(tmp_path):
    src = make_tree(tmp_path)
    list(clean_files([src], output_dir=tmp_path / "one", jobs=1))
    list(clean_files([src], output_dir=tmp_path / "two", jobs=2))
    assert tree_bytes(tmp_path / "one") == tree_bytes(tmp_path / "two")


def test_rerun_skips_up_to_date_outputs_and_redoes_changed_inputs(tmp_path):
    src = make_tree(tmp_path)
    out = tmp_path / "out"
    list(clean_files([src], output_dir=out, jobs=1))
    changed = next(src.rglob("*.txt"))
    changed.write_text(changed.read_text("utf-8") + "\nA new closing sentence of the article here.\n", "utf-8")
    later = max(p.stat().st_mtime for p in out.rglob("*")) + 10  # newer than every output on any file system
    os.utime(changed, (later, later))
    results = list(clean_files([src], output_dir=out, jobs=1))
    cleaned = [r for r in results if r.status is Status.CLEANED]
    assert [r.source for r in cleaned] == [str(changed)]
    assert all(r.status is Status.SKIPPED for r in results if r.source != str(changed))
    forced = list(clean_files([src], output_dir=out, jobs=1, force=True))
    assert all(r.status is Status.CLEANED for r in forced)


def test_bad_inputs_are_reported_and_good_ones_cleaned(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    good = "The harbour reopened on Monday after a week of repairs, the port authority said in a statement today."
    (src / "good.txt").write_text(good, "utf-8")
    (src / "latin1.txt").write_bytes(("Café déjà vu. " + good).encode("latin-1"))
    (src / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (src / "empty.txt").write_bytes(b"")
    (src / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (src / "locked.txt").write_text(good, "utf-8")
    real_open = open

    def guarded_open(path, *args, **kwargs):  # root reads any file: simulate a locked one
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    before = tree_bytes(src)
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "--jobs", "1", "-q"]) == EXIT_SOME_FAILED
    monkeypatch.setattr("builtins.open", real_open)
    assert (out / "good.txt").read_text("utf-8").strip() == good
    assert "Café déjà vu" in (out / "latin1.txt").read_text("utf-8")
    errors = {Path(e["path"]).name: e["reason"] for e in map(json.loads, (out / ERRORS_NAME).read_text("utf-8").splitlines())}
    assert set(errors) == {"binary.txt", "empty.txt", "broken.txt", "locked.txt"}
    assert "binary" in errors["binary.txt"] and "empty" in errors["empty.txt"]
    assert "not found" in errors["broken.txt"] and "permission denied" in errors["locked.txt"]
    err = capsys.readouterr().err
    assert all(name in err for name in errors)
    assert tree_bytes(src) == before  # inputs untouched


def test_output_dir_inside_input_tree_is_refused(tmp_path):
    src = make_tree(tmp_path, copies=1)
    with pytest.raises(ValueError, match="inside the input tree"):
        check_output_dir([src], src / "out")
    with pytest.raises(ValueError, match="inside the output directory"):
        check_output_dir([src], tmp_path)
    assert main(["clean", str(src), "-o", str(src / "x")]) == EXIT_USAGE


def test_symlink_loops_are_not_followed_forever(tmp_path):
    src = make_tree(tmp_path, copies=1)
    (src / "batch0" / "loop").symlink_to(src)
    results = list(clean_files([src], output_dir=tmp_path / "out", jobs=1, follow_symlinks=True))
    assert len(results) == len(SEEDS)
    results = list(clean_files([src], output_dir=tmp_path / "out2", jobs=1))
    assert len(results) == len(SEEDS)


def _run_killed(cmd: list[str], out: Path, wait_for) -> int:
    """Start a run, SIGKILL it (workers too) once ``wait_for(out)`` holds;
    return its exit status."""
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None and not wait_for(out):  # no deadline: the run ends by itself
        time.sleep(0.005)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    return proc.wait()


@pytest.mark.parametrize("fmt", ["txt", "jsonl"])
def test_kill_9_then_rerun_gives_the_uninterrupted_bytes(tmp_path, fmt):
    src = make_tree(tmp_path, copies=200)  # 1000 documents
    reference = tmp_path / "reference"
    list(clean_files([src], output_dir=reference, fmt=fmt, jobs=2))
    expected = tree_bytes(reference)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "newsclean.cli", "clean", str(src), "-o", str(out), "--format", fmt, "--jobs", "2", "-q"]

    def some_written(o: Path) -> bool:
        if fmt == "jsonl":
            p = o / (JSONL_NAME + ".partial")
            return p.exists() and p.stat().st_size > 20_000
        return sum(1 for _ in o.rglob("*.txt")) > 40 if o.exists() else False

    assert _run_killed(cmd, out, some_written) == -signal.SIGKILL, "the run ended before it could be killed"
    if fmt == "txt":
        assert 0 < sum(1 for _ in out.rglob("*.txt")) < len(expected)
    # after the kill: every output that exists is whole
    for name, data in tree_bytes(out).items():
        if name.endswith(".partial"):
            assert expected[JSONL_NAME].startswith(data.rsplit(b"\n", 1)[0])
        elif not name.endswith(".tmp"):
            assert data == expected[name], name
    assert main(["clean", str(src), "-o", str(out), "--format", fmt, "--jobs", "2", "-q"]) == EXIT_OK
    assert tree_bytes(out) == expected


def test_stdin_to_stdout(monkeypatch, capsys):
    import io

    text = SEEDS[3].read_bytes()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    assert main(["clean", "-", "-q"]) == EXIT_OK
    assert "Stoltenberg" in capsys.readouterr().out


def test_dask_gives_the_local_bytes(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    from newsclean.distributed import clean_bag, clean_files_dask

    src = make_tree(tmp_path, copies=3)
    list(clean_files([src], output_dir=tmp_path / "local", jobs=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = list(clean_files_dask([src], scheduler=client, output_dir=tmp_path / "dask"))
            assert all(r.status is Status.CLEANED for r in results)
            import dask.bag as db

            records = clean_bag(db.from_sequence([s.read_text("utf-8") for s in SEEDS], npartitions=2)).compute()
    assert tree_bytes(tmp_path / "local") == tree_bytes(tmp_path / "dask")
    assert [r["title"] for r in records][0].startswith("There are good informal discussions")


def test_cli_dask_address(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    src = make_tree(tmp_path, copies=1)
    list(clean_files([src], output_dir=tmp_path / "local", fmt="jsonl", jobs=1))
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        code = main(["clean", str(src), "-o", str(tmp_path / "dask"), "--format", "jsonl", "--dask", cluster.scheduler_address, "-q"])
    assert code == EXIT_OK
    assert tree_bytes(tmp_path / "local") == tree_bytes(tmp_path / "dask")
