"""The speed benchmark reports what it says (no timing is asserted: machines differ)."""

from pathlib import Path

from newsclean import Config
from newsclean import benchmark as bench

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_speed_reports_newsclean_the_peer_and_a_fresh_process(capsys, monkeypatch):
    monkeypatch.setattr(bench, "_peer_seconds", lambda texts, repeat: 0.5)
    out = bench.bench_speed([], Config(), 1, SEEDS)
    printed = capsys.readouterr().out
    assert out["documents"] == len(list(SEEDS.glob("*.txt")))
    assert out["mb_per_s"] > 0 and out["first_pass_mb_per_s"] > 0  # the child process ran and cleaned them
    assert out["ratio_to_boilerpy3"] == 0.5 / out["seconds"]
    assert "newsclean / boilerpy3" in printed and "first pass" in printed


def test_speed_without_the_peer_says_so(capsys, monkeypatch):
    monkeypatch.setattr(bench, "_peer_seconds", lambda texts, repeat: None)
    out = bench.bench_speed([], Config(), 1, SEEDS, first_pass=False)
    assert "ratio_to_boilerpy3" not in out and "first_pass_mb_per_s" not in out
    assert "boilerpy3 is not installed" in capsys.readouterr().out


def test_as_html_gives_each_line_a_paragraph():
    assert bench.as_html("a <b>\n\n  c  \n").count("<p>") == 2
    assert "<p>a &lt;b&gt;</p>" in bench.as_html("a <b>")
