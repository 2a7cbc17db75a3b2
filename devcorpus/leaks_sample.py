"""A seeded random sample of a converted corpus's documents to read: not clean by ``shared/eval/leaks.py``, and
without a speaker.

    python devcorpus/leaks_sample.py OUT/corpus.json --seed 26 [--bad 30] [--silent 8]

Each group is drawn per repository (the part of the file name before ``__``) in proportion to its share of the
group, by largest remainder, then ``random.Random(seed).sample`` within each repository in sorted order: the same
corpus and seed give the same sample.  Prints one line per document, with leaks.py's row for the not-clean ones.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def draw(names: list[str], k: int, rng: random.Random) -> list[str]:
    """``k`` of ``names``, per repository in proportion (largest remainder)."""
    by_repo: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_repo[name.split("__")[0]].append(name)
    quotas = {repo: k * len(found) / len(names) for repo, found in by_repo.items()}
    counts = {repo: int(quota) for repo, quota in quotas.items()}
    for repo in sorted(quotas, key=lambda r: (-(quotas[r] - counts[r]), r))[:k - sum(counts.values())]:
        counts[repo] += 1
    return [name for repo in sorted(by_repo) for name in rng.sample(sorted(by_repo[repo]), counts[repo])]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--bad", type=int, default=30)
    parser.add_argument("--silent", type=int, default=8)
    parser.add_argument("--eval", type=Path, default=EVAL, help="folder of leaks.py")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.eval))
    import leaks  # noqa: PLC0415  (the shared scorer, found beside the project)

    transcripts = json.loads(args.corpus.read_text(encoding="utf-8")).get("transcripts", [])
    rows = {r["source"]: r for t in transcripts if (r := leaks.check(t, args.corpus.parent))}
    bad = sorted(name for name, r in rows.items() if r["leaks"] or r["agreement"] < 0.75 or r["unattributed"] > 0.2)
    silent = sorted(Path(t["source"]).name for t in transcripts
                    if sum(len(turn.get("text", "").split()) for turn in t.get("turns", [])) >= 300
                    and not any(turn.get("speaker") for turn in t.get("turns", [])))
    rng = random.Random(args.seed)
    for name in draw(bad, args.bad, rng):
        r = rows[name]
        print(f"not-clean {name} runs {r['runs']} turns {r['turns']} agree {r['agreement']} leaks {r['leaks']} "
              f"unattributed {r['unattributed']}")
    for name in draw(silent, args.silent, rng):
        print(f"no-speaker {name}")
    print(f"(of {len(bad)} not clean and {len(silent)} without a speaker)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
