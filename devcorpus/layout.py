"""Lay out the development corpus from local copies of public repositories.

The corpus itself is not committed: each entry of ``sources-*.yaml`` names a repository, a commit, a path
and the lines to take (an excerpt cut at a turn), and this script reads them from local git copies:

    python devcorpus/layout.py --mirrors DIR --out /tmp/dev
    python -m generator convert /tmp/dev --out /tmp/dev-out
    python ../shared/eval/score.py /tmp/dev-out/corpus.json /tmp/dev-gold.yaml /tmp/dev

``--set holdout`` lays out the held-out files of ``holdout/`` instead (files the converter is never tuned
on; see ``holdout/README.md``), ``--set parliaments`` the official records of ``parliaments/``.  ``DIR`` holds one
git copy per repository, found as ``DIR/owner+name/repo`` (a bare mirror),
``DIR/owner+name``, ``DIR/owner/name`` or ``DIR/name`` (a clone or a bare repository).  ``--list`` prints the
repositories the corpus needs.  ``gold-*.yaml`` are merged into ``OUT-gold.yaml`` (beside ``OUT``, so that the
converter does not see it) for the scorer.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SETS = {"dev": HERE, "holdout": HERE / "holdout", "parliaments": HERE / "parliaments"}  # each set: its own sources*.yaml and gold*.yaml


def entries(folder: Path = HERE) -> list[dict]:
    found = []
    for path in sorted(folder.glob("sources*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            found.append({**entry, "_from": path.name})
    return found


def git_dir(mirrors: Path, repo: str) -> Path | None:
    owner, name = repo.split("/", 1)
    for candidate in (mirrors / f"{owner}+{name}" / "repo", mirrors / f"{owner}+{name}", mirrors / owner / name,
                      mirrors / name):
        for git in (candidate / ".git", candidate):
            if (git / "HEAD").is_file() and (git / "objects").is_dir():
                return git
    return None


def read(git: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def excerpt(data: bytes, entry: dict) -> bytes:
    """Lines ``start``..``end`` (1-based, inclusive) of the file, or the whole file."""
    start, end = entry.get("start"), entry.get("end")
    if not start and not end:
        return data
    lines = data.splitlines(keepends=True)
    return b"".join(lines[(start or 1) - 1:end or len(lines)])


def arguments(description: str, out: str) -> argparse.ArgumentParser:
    """The options every layout script takes (``out``: what ``--out`` receives)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--mirrors", type=Path, help="folder of git copies of the repositories")
    parser.add_argument("--out", type=Path, help=out)
    parser.add_argument("--list", action="store_true", help="print the repositories needed and stop")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.split("\n\n")[0], "folder to write the corpus into (the gold goes beside it)")
    parser.add_argument("--set", choices=SETS, default="dev",
                        help="dev: the development corpus; holdout: the held-out files (holdout/README.md); "
                             "parliaments: official records of parliaments and councils (parliaments/README.md)")
    args = parser.parse_args(argv)
    folder = SETS[args.set]
    items = entries(folder)
    if args.list or not (args.mirrors and args.out):
        print("\n".join(sorted({e["repo"] for e in items})))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    missing = 0
    for entry in items:
        git = git_dir(args.mirrors, entry["repo"])
        if git is None:
            print(f"{entry['_from']}: {entry['file']}: no copy of {entry['repo']} under {args.mirrors}", file=sys.stderr)
            missing += 1
            continue
        try:
            data = read(git, entry["commit"], entry["path"])
        except subprocess.CalledProcessError as error:
            print(f"{entry['_from']}: {entry['file']}: {error.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            missing += 1
            continue
        (args.out / entry["file"]).write_bytes(excerpt(data, entry))
    gold = [g for path in sorted(folder.glob("gold*.yaml")) for g in yaml.safe_load(path.read_text(encoding="utf-8")) or []]
    args.out.with_name(f"{args.out.name}-gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(f"{len(items) - missing} of {len(items)} files laid out in {args.out}; gold for {len(gold)}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
