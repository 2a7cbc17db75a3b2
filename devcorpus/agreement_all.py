"""Turn agreement against every label of the source, beside ``shared/eval/leaks.py``'s own figure.

    python devcorpus/agreement_all.py OUT/corpus.json [--prefix NAME] [--below 0.75]

``leaks.py`` counts a label run only for labels used 3 or more times and reads a bare question mark-up only as
``Q`` followed by two spaces.  Where a converter rightly splits turns at labels used once or twice (a Hansard
member who speaks once between two calls of the chair) or at ``Q text`` with one space (whitehouse.gov pages with
collapsed spacing), its turns outnumber leaks.py's runs and the document counts as "not clean" although every
turn opens at a label of the source.  This script uses leaks.py's own label pattern and document selection
(the same documents are checked) and prints, per repository prefix (the part of the file name before ``__``),
how many documents agree >= the threshold with leaks.py's runs and with the runs of all labels (every label
used at least once, and ``Q`` / ``A`` followed by one space).  It does not replace leaks.py's figure; the
note reports both.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
BARE_QA_ONE_SPACE = re.compile(r"^[ \t>]*(?P<label>Q|A)(?:[ \t\u00a0]+|\.[ \t\u00a0]+)(?=\S)", re.M)


def all_runs(text: str, leaks) -> int:
    """Runs of consecutive equal labels, every label of leaks.py's pattern counted however often it is used."""
    found = sorted([*leaks.LABEL.finditer(text), *BARE_QA_ONE_SPACE.finditer(text)], key=lambda m: m.start())
    runs: list[str] = []
    for match in found:
        label = match.group("label").strip()
        if len(label.split()) > 6 or leaks.NOT_LABEL.match(label):
            continue
        key = leaks.key(label)
        if not runs or runs[-1] != key:
            runs.append(key)
    return len(runs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--prefix", default="")
    parser.add_argument("--below", type=float, default=0.75)
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of leaks.py")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.eval))
    import leaks  # noqa: PLC0415  (the shared scorer, found beside the project)

    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    corpus = json.loads(args.corpus.read_text(encoding="utf-8"))
    for transcript in corpus.get("transcripts", []):
        name = Path(transcript.get("source", "")).name
        if not name.startswith(args.prefix) or not (row := leaks.check(transcript, args.corpus.parent)):
            continue
        source = Path(transcript["source"])
        source = source if source.is_absolute() else args.corpus.parent / source
        runs = all_runs(source.read_text(encoding="utf-8", errors="replace"), leaks)
        turns = row["turns"]
        agree = min(runs, turns) / max(runs, turns) if max(runs, turns) else 1.0
        counts = table[name.split("__")[0]]
        counts[0] += 1
        counts[1] += row["agreement"] >= args.below
        counts[2] += agree >= args.below
    print(f"| repository | checked | agree >= {args.below} (leaks.py runs) | agree >= {args.below} (all labels) |")
    print("| --- | ---: | ---: | ---: |")
    for repo, (checked, theirs, ours) in sorted(table.items()):
        print(f"| {repo} | {checked} | {theirs} | {ours} |")
    total = [sum(c[i] for c in table.values()) for i in range(3)]
    print(f"| all | {total[0]} | {total[1]} | {total[2]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
