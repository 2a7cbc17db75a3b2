"""Lay out the large real corpus for the gold-free attribution check (``shared/eval/leaks.py``).

The corpus is not committed: ``leaks-repos.yaml`` names, for each public repository, a commit, glob patterns of its
transcript files and a cap, and this script copies the matching files out of local git copies:

    python devcorpus/leaks_layout.py --mirrors DIR --out /tmp/leaks
    python -m generator convert /tmp/leaks --out /tmp/leaks-out
    python ../shared/eval/leaks.py /tmp/leaks-out/corpus.json --verbose

``--repos FILE`` reads another list of the same format (``leaks-repos-2.yaml``: the second corpus, chosen before the
converter ran on it); the default is ``leaks-repos.yaml``.  ``DIR`` holds one git copy per repository, found as in ``layout.py`` (``DIR/owner+name/repo`` and so on).
Patterns are matched against the whole path with ``fnmatch`` (``*`` also crosses ``/``).  When more files match
than ``max_files``, an evenly spaced sample of the sorted paths is taken, so the choice is deterministic and
spread over the whole collection (years, shows, sessions).  Output names are flattened and unique:
``owner-name__path-with-dashes.ext``; a file whose suffix the converter does not read (``.e``, none) gets ``.txt``
appended, and an entry's ``suffix`` (``.html`` for pages saved as ``.php``) replaces the file's own.  Bytes are copied as they are (no re-encoding).  ``--list`` prints the repositories needed; ``--stats``
prints files and MB per repository after laying out.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from layout import arguments, git_dir, read  # noqa: E402

READABLE = (".txt", ".md", ".markdown", ".srt", ".vtt", ".html", ".htm")
MAX_NAME = 120  # bytes of a laid-out file name, suffix included


def entries(path: Path = HERE / "leaks-repos.yaml") -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def tree(git: Path, commit: str) -> list[str]:
    out = subprocess.run(["git", "--git-dir", str(git), "ls-tree", "-r", "-z", "--name-only", commit],
                         check=True, capture_output=True).stdout
    return [p.decode("utf-8", "surrogateescape") for p in out.split(b"\0") if p]


def select(paths: list[str], entry: dict) -> list[str]:
    include = entry.get("include") or ["*"]
    exclude = entry.get("exclude") or []
    found = sorted(p for p in paths
                   if any(fnmatch.fnmatchcase(p, g) for g in include)
                   and not any(fnmatch.fnmatchcase(p, g) for g in exclude))
    cap = entry.get("max_files")
    if cap and len(found) > cap:
        found = [found[i * len(found) // cap] for i in range(cap)]
    return found


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._]+", "-", text).strip("-.") or "x"


def flat_name(repo: str, path: str, forced: str | None = None) -> str:
    """``owner-name__path-slug.ext``: deterministic, unique per (repo, path), at most MAX_NAME bytes."""
    name = path.rsplit("/", 1)[-1]
    suffix = Path(name).suffix.lower()
    stem = path[: len(path) - len(suffix)] if suffix in READABLE or forced else path
    suffix = forced or (suffix if suffix in READABLE else ".txt")
    base = f"{slug(repo.replace('/', '-'))}__{slug(stem)}"
    if len(base.encode()) + len(suffix) > MAX_NAME:
        digest = hashlib.sha1(f"{repo}:{path}".encode()).hexdigest()[:8]
        base = base.encode()[: MAX_NAME - len(suffix) - 9].decode("ascii", "ignore") + "-" + digest
    return base + suffix


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.split("\n\n")[0], "folder to write the corpus into")
    parser.add_argument("--stats", action="store_true", help="print files and MB per repository")
    parser.add_argument("--repos", type=Path, default=HERE / "leaks-repos.yaml",
                        help="list of repositories to lay out (default: leaks-repos.yaml)")
    args = parser.parse_args(argv)
    items = entries(args.repos)
    if args.list or not (args.mirrors and args.out):
        print("\n".join(sorted({e["repo"] for e in items})))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    missing, written, stats = 0, set(), {}
    for entry in items:
        git = git_dir(args.mirrors, entry["repo"])
        if git is None:
            print(f"no copy of {entry['repo']} under {args.mirrors}", file=sys.stderr)
            missing += 1
            continue
        try:
            chosen = select(tree(git, entry["commit"]), entry)
        except subprocess.CalledProcessError as error:
            print(f"{entry['repo']}: {error.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            missing += 1
            continue
        for path in chosen:
            name = flat_name(entry["repo"], path, entry.get("suffix"))
            if name in written:
                continue
            data = read(git, entry["commit"], path)
            (args.out / name).write_bytes(data)
            written.add(name)
            n, size = stats.get(entry["repo"], (0, 0))
            stats[entry["repo"]] = (n + 1, size + len(data))
    if args.stats:
        for repo, (n, size) in stats.items():
            print(f"{repo:50} {n:5} files {size / 1e6:8.2f} MB")
        total = sum(n for n, _ in stats.values()), sum(s for _, s in stats.values())
        print(f"{'total':50} {total[0]:5} files {total[1] / 1e6:8.2f} MB")
    print(f"{len(written)} files from {len(stats)} repositories laid out in {args.out}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
