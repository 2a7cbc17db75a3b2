"""Builds that cannot corrupt (issue 12, point 7): locks, the zip swapped in with the site, the manifest and the
cache validated, documents read once, relative paths in what is published, symbolic links reported."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, copy_project
from generator import cli, pipeline
from generator.corpus import links
from generator.site import lock, write
from generator.site.render import MARKER

WAIT = 300  # seconds: the longest any child process of these tests may take (a seed build takes ~10 s)
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
INTERVIEW = """Interview with Jane Roe on the Zanzibar harbour
Date: 2020-03-04

Q: What happened at the Zanzibar harbour?

Jane Roe: The cranes stopped at noon and the ships waited until evening.

Q: Why did they stop?

Jane Roe: Nobody had paid the crews for three weeks.
"""


def start(*args: str, cwd: Path = ROOT) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=cwd, env=ENV, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=ENV, text=True,
                          capture_output=True, timeout=WAIT)


def finish(process: subprocess.Popen) -> tuple[int, str]:
    _, err = process.communicate(timeout=WAIT)
    return process.returncode, err


def tree(folder: Path, skip: tuple[str, ...] = (".cache",)) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(part in skip for part in p.relative_to(folder).parts)}


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture
def project(tmp_path) -> Path:
    work = tmp_path / "project"
    work.mkdir()
    return copy_project(work)


def assert_site_whole(site: Path) -> None:
    """The site is there, and its offline zip holds exactly its other files, byte for byte."""
    files = tree(site)
    assert "index.html" in files and cli.ZIP_NAME in files, sorted(files)[:20]
    with zipfile.ZipFile(site / cli.ZIP_NAME) as archive:
        zipped = {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}
    del files[cli.ZIP_NAME]
    assert zipped == files


# --- locks ---------------------------------------------------------------------------------------------

def test_two_builds_at_once_wait_for_each_other(project, corpus):
    first = start("build", "--corpus", str(corpus), cwd=project)
    time.sleep(0.5)
    second = start("build", "--corpus", str(corpus), cwd=project)
    (status_a, err_a), (status_b, err_b) = finish(first), finish(second)
    assert (status_a, status_b) == (0, 0), err_a + err_b
    assert "Traceback" not in err_a + err_b
    assert "is in use by another run; waiting for it to finish" in err_a + err_b
    assert_site_whole(project / "site")
    assert not (project / ".site.building").exists() and not (project / ".site.previous").exists()


def test_two_conversions_into_one_folder_give_one_clean_result(corpus, tmp_path):
    out, alone = tmp_path / "out", tmp_path / "alone"
    processes = [start("convert", str(corpus), "--out", str(out), "--no-cache") for _ in range(3)]
    results = [finish(p) for p in processes]
    assert [status for status, _ in results] == [0, 0, 0], [err for _, err in results]
    assert any("waiting for it to finish" in err for _, err in results)
    assert run("convert", str(corpus), "--out", str(alone), "--no-cache").returncode == 0
    assert tree(out) == tree(alone)


def test_a_run_that_keeps_the_folder_too_long_is_reported_not_waited_for_forever(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, os, sys, time\n"
                               f"fd = os.open({str(out)!r}, os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX)\n"
                               "print('held', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(lock, "WAIT_LIMIT", 0.6)
        started = time.monotonic()
        status = cli.main(["convert", str(SEEDS / "000_1d76ec27978ded06.txt"), "--out", str(out)])
        assert status == cli.EXIT_BUSY and time.monotonic() - started < 10
        err = capsys.readouterr().err
        assert f"{out}:1: error: {out}/ was still in use by another run after 1s; " in err
        assert not (out / "corpus.json").exists()
    finally:
        holder.kill()
        holder.wait()


# --- the site and its zip swapped in together ------------------------------------------------------------

KILLED_WHILE_ZIPPING = """
import sys, time
from pathlib import Path
from generator import cli
def stalled(folder):
    Path(sys.argv[1]).write_text("zipping")
    time.sleep(120)
cli._zip = stalled
sys.exit(cli.main(["build", "--corpus", sys.argv[2]]))
"""


def test_kill_while_zipping_leaves_the_previous_site_with_its_zip(project, corpus, tmp_path):
    assert run("build", "--corpus", str(corpus), cwd=project).returncode == 0
    before = tree(project / "site")
    (corpus / "extra.txt").write_text(INTERVIEW, encoding="utf-8")
    flag = tmp_path / "zipping"
    killed = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_ZIPPING, str(flag), str(corpus)], cwd=project,
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT
    while not flag.exists() and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert flag.exists(), "the build never reached the zip"
    os.kill(killed.pid, signal.SIGKILL)
    killed.wait(timeout=WAIT)
    assert tree(project / "site") == before  # the old site and its zip, untouched
    assert_site_whole(project / "site")
    result = run("build", "--corpus", str(corpus), cwd=project)
    assert result.returncode == 0, result.stderr
    assert_site_whole(project / "site")
    assert "Zanzibar" in (project / "site" / "corpus.json").read_text(encoding="utf-8")
    assert not (project / ".site.building").exists()


def test_a_build_stopped_between_the_two_renames_gets_its_site_back(tmp_path, monkeypatch):
    site, retired = tmp_path / "site", tmp_path / ".site.previous"
    retired.mkdir()
    (retired / "index.html").write_text("old", encoding="utf-8")
    monkeypatch.setattr(cli.subprocess, "call", lambda *a, **k: 1)  # the new build fails: the old site stays
    assert cli._mkdocs_build(site) == 1
    assert (site / "index.html").read_text(encoding="utf-8") == "old" and not retired.exists()


def test_the_swap_leaves_no_moment_without_a_site(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    if not cli._exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("this file system cannot swap two folders in one step (the two-rename fallback is used)")
    site, staging = tmp_path / "site", tmp_path / ".site.building"
    site.mkdir()
    staging.mkdir()
    (site / "index.html").write_text("old", encoding="utf-8")
    (staging / "index.html").write_text("new", encoding="utf-8")
    monkeypatch.setattr(Path, "rename", lambda *a: pytest.fail("renamed in two steps"))
    cli._swap(staging, site, tmp_path / ".site.previous")
    assert (site / "index.html").read_text(encoding="utf-8") == "new" and not staging.exists()


# --- the manifest ----------------------------------------------------------------------------------------

def test_a_truncated_manifest_is_reported_and_the_next_run_is_right(corpus, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert run("convert", str(corpus), "--out", str(out)).returncode == 0
    manifest = out / write.MANIFEST
    manifest.write_bytes(manifest.read_bytes()[: manifest.stat().st_size // 2])
    (corpus / "004_a33765ba8ac29656.txt").unlink()
    result = run("convert", str(corpus), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "not written by the generator" not in result.stderr
    assert f"{manifest}:" in result.stderr and "the list of generated files is damaged" in result.stderr
    assert run("convert", str(corpus), "--out", str(fresh)).returncode == 0
    assert tree(out) == tree(fresh)  # the deleted transcript is gone, the search index is the new one
    assert "004_a33765ba8ac29656" not in (out / "corpus.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", [b"", b"{\"generator\": \"transcript-archive\", \"files\": \"all\"}", b"\xff\xfe[",
                                    b"[\"transcripts/a.md\"]"])
def test_any_damaged_manifest_is_rebuilt_from_disk(tmp_path, damage):
    out = tmp_path / "out"
    files = {"transcripts/a.md": MARKER + "a", "transcripts/old.md": MARKER + "old", "sources/a.txt": b"raw",
             "corpus.json": "{}", "search-index/ab.js": "x"}
    write.write_tree(out, files)
    (out / "about.md").write_text("# About (hand-written)", encoding="utf-8")
    (out / write.MANIFEST).write_bytes(damage)
    del files["transcripts/old.md"]
    result = write.write_tree(out, {**files, "sources/a.txt": b"new raw", "corpus.json": "{1}"})
    assert result.refused == ()
    assert result.removed == ("transcripts/old.md",)
    assert (out / "sources/a.txt").read_bytes() == b"new raw" and (out / "about.md").exists()
    assert [d.path for d in result.manifest] == [str(out / write.MANIFEST)]
    assert "damaged" in str(result.manifest[0])


def test_manifest_entries_outside_the_generated_files_are_ignored_and_reported(tmp_path):
    out = tmp_path / "docs"
    write.write_tree(out, {"transcripts/a.md": MARKER})
    (out / "about.md").write_text("# About", encoding="utf-8")
    (out / "transcripts" / "mine.md").write_text("# Mine", encoding="utf-8")
    (tmp_path / "x").write_text("outside", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "y.md").write_text(MARKER, encoding="utf-8")
    (out / "sources").mkdir()
    (out / "sources" / "away").symlink_to(tmp_path / "elsewhere")
    entries = ["../x", "about.md", str(tmp_path / "x"), "transcripts/mine.md", "sources/away/y.md",
               ".cache/z", 7, "transcripts/a.md"]
    (out / write.MANIFEST).write_text(json.dumps({"generator": "transcript-archive", "files": entries}, indent=1),
                                      encoding="utf-8")
    result = write.write_tree(out, {})
    assert result.removed == ("transcripts/a.md",)
    for kept in (tmp_path / "x", out / "about.md", out / "transcripts" / "mine.md", tmp_path / "elsewhere" / "y.md"):
        assert kept.exists(), kept
    lines = {d.line: str(d) for d in result.manifest}
    assert sorted(lines) == [4, 5, 6, 7, 8, 9, 10]  # one entry per line, after '{', the name and '"files": ['
    assert lines[4].startswith(f'{out / write.MANIFEST}:4: warning: lists "../x", which is outside the output folder')
    assert 'lists "about.md", a file without the generator\'s marker' in lines[5]
    assert "which is outside the output folder" in lines[6]
    assert 'lists "sources/away/y.md", which leads outside the output folder' in lines[8]
    assert "lists 7, which is not a file name" in lines[10]


def test_a_hand_written_page_listed_in_the_manifest_survives_a_real_run(corpus, tmp_path):
    out = tmp_path / "out"
    assert run("convert", str(corpus), "--out", str(out)).returncode == 0
    (out / "about.md").write_text("# About\n", encoding="utf-8")
    manifest = json.loads((out / write.MANIFEST).read_text(encoding="utf-8"))
    manifest["files"] += ["about.md", "../corpus/000_1d76ec27978ded06.txt"]
    (out / write.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    result = run("convert", str(corpus), "--out", str(out))
    assert (out / "about.md").read_text(encoding="utf-8") == "# About\n"
    assert (corpus / "000_1d76ec27978ded06.txt").exists()
    assert result.stderr.count("that entry was ignored and nothing was deleted for it") == 2


# --- documents read once -------------------------------------------------------------------------------

def one_transcript(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour.txt").write_text(INTERVIEW, encoding="utf-8")
    return folder, tmp_path / "out"


def only_page(out: Path) -> str:
    [record] = json.loads((out / "corpus.json").read_text(encoding="utf-8"))["transcripts"]
    return (out / "transcripts" / f"{record['id']}.md").read_text(encoding="utf-8")


def test_a_file_edited_after_it_was_converted_is_published_as_converted(tmp_path, monkeypatch):
    folder, out = one_transcript(tmp_path)
    edited = INTERVIEW.replace("Zanzibar", "Mombasa")
    build = links.build

    def edit_then_link(corpus):
        (folder / "harbour.txt").write_text(edited, encoding="utf-8")  # saved while the pages are rendered
        return build(corpus)

    monkeypatch.setattr(pipeline.links, "build", edit_then_link)
    assert cli.main(["convert", str(folder), "--out", str(out)]) == 0
    page = only_page(out)
    assert "Zanzibar" in page and (out / "sources" / "harbour.txt").read_text(encoding="utf-8") == INTERVIEW


def test_a_file_edited_during_conversion_never_reaches_the_cache_under_the_old_bytes(tmp_path, monkeypatch):
    folder, out = one_transcript(tmp_path)
    edited = INTERVIEW.replace("Zanzibar", "Mombasa")
    convert_all = pipeline.convert_all

    def edit_then_convert(items, *args, **kwargs):
        (folder / "harbour.txt").write_text(edited, encoding="utf-8")  # saved after it was read
        return convert_all(items, *args, **kwargs)

    monkeypatch.setattr(pipeline, "convert_all", edit_then_convert)
    assert cli.main(["convert", str(folder), "--out", str(out)]) == 0
    monkeypatch.undo()
    (folder / "harbour.txt").write_text(INTERVIEW, encoding="utf-8")  # back to the first version: cached
    assert cli.main(["convert", str(folder), "--out", str(out)]) == 0
    page = only_page(out)
    assert "Zanzibar" in page and "Mombasa" not in page


def test_a_file_is_read_once(tmp_path, monkeypatch):
    folder, out = one_transcript(tmp_path)
    reads = []
    read_bytes = Path.read_bytes

    def counted(path):
        if path.name == "harbour.txt":
            reads.append(path)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert cli.main(["convert", str(folder), "--out", str(out), "--no-cache"]) == 0
    assert len(reads) == 1


# --- the cache -------------------------------------------------------------------------------------------

def test_altered_bytes_in_a_cache_entry_are_never_published(tmp_path):
    folder, out = one_transcript(tmp_path)
    assert run("convert", str(folder), "--out", str(out)).returncode == 0
    first = tree(out)
    entries = [p for p in (out / ".cache").iterdir() if b"Zanzibar" in p.read_bytes()]
    assert entries
    for entry in entries:  # same length: the pickle stays loadable, only a checksum can tell
        entry.write_bytes(entry.read_bytes().replace(b"Zanzibar", b"Xanxibar"))
    result = run("convert", str(folder), "--out", str(out))
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "this cache entry was damaged; it was discarded and computed again" in result.stderr
    assert tree(out) == first


@pytest.mark.parametrize("damage", [lambda b: b[: len(b) // 2], lambda b: b"", lambda b: b"\x80\x05junk" + b[40:]])
def test_a_damaged_cache_entry_is_rebuilt(tmp_path, damage):
    from generator.cache import Cache

    cache = Cache(tmp_path / "cache")
    cache.put("doc", "k", {"text": "kept"})
    assert Cache(tmp_path / "cache").get("doc", "k") == {"text": "kept"}
    path = next((tmp_path / "cache").iterdir())
    path.write_bytes(damage(path.read_bytes()))
    again = Cache(tmp_path / "cache")
    assert again.get("doc", "k") is None and again.damaged == [path] and not path.exists()


def test_a_cache_entry_moved_to_another_key_is_not_used(tmp_path):
    from generator.cache import Cache

    cache = Cache(tmp_path)
    cache.put("doc", "a", "value of a")
    (tmp_path / "doc-a.pickle").rename(tmp_path / "doc-b.pickle")
    assert Cache(tmp_path).get("doc", "b") is None


# --- relative paths --------------------------------------------------------------------------------------

def test_an_absolute_corpus_path_is_not_published(corpus, tmp_path):
    out = tmp_path / "out"
    result = run("convert", str(corpus.resolve()), "--out", str(out))
    assert result.returncode == 0, result.stderr
    for name, data in tree(out).items():
        assert str(tmp_path).encode() not in data, name
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    # relative to the folder of corpus.json, so that tools reading it find the originals
    assert sorted(t["source"] for t in data["transcripts"]) == sorted(f"../corpus/{p.name}" for p in corpus.glob("*.txt"))
    assert all((out / t["source"]).is_file() for t in data["transcripts"])
    (corpus / "sub").mkdir()
    (corpus / "sub" / "harbour.txt").write_text(INTERVIEW, encoding="utf-8")
    assert run("convert", str(corpus.resolve()), "--out", str(out)).returncode == 0
    data = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert "../corpus/sub/harbour.txt" in [t["source"] for t in data["transcripts"]]


def test_an_absolute_corpus_path_is_not_in_the_built_site(project, corpus):
    result = run("build", "--corpus", str(corpus.resolve()), cwd=project)
    assert result.returncode == 0, result.stderr
    absolute = str(corpus.parent.resolve()).encode()
    assert [name for name, data in tree(project / "site").items() if absolute in data] == []
    with zipfile.ZipFile(project / "site" / cli.ZIP_NAME) as archive:
        assert [n for n in archive.namelist() if absolute in archive.read(n)] == []


# --- symbolic links --------------------------------------------------------------------------------------

def test_symbolic_links_out_of_the_corpus_are_reported_and_skipped(corpus, tmp_path):
    secret = tmp_path / "private"
    secret.mkdir()
    (secret / "diary.txt").write_text("Q: Secret?\n\nA: The private diary of the builder.\n", encoding="utf-8")
    (corpus / "diary.txt").symlink_to(secret / "diary.txt")
    (corpus / "linked-folder").symlink_to(secret)
    (corpus / "same-as-000.txt").symlink_to(corpus / "000_1d76ec27978ded06.txt")  # inside the corpus: fine
    out = tmp_path / "out"
    result = run("convert", str(corpus), "--out", str(out))
    assert result.returncode == 1
    assert f"{corpus / 'diary.txt'}:1: error: is a symbolic link to a file outside the corpus folder" in result.stderr
    assert f"{corpus / 'linked-folder'}:1: error: is a symbolic link to a folder" in result.stderr
    assert "copy the file into the corpus folder" in result.stderr
    published = json.loads((out / "corpus.json").read_text(encoding="utf-8"))
    assert "../corpus/same-as-000.txt" in [t["source"] for t in published["transcripts"]]
    assert all(b"private diary" not in data for data in tree(out).values())
