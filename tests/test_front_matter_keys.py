"""Front-matter keys for title, date, place and description in other tools' and languages' spellings
(``generator/data/front-matter-keys.txt``): every entry of the data file is tested on a document that uses it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.parse import metadata
from generator.read import files

VALUES = {"title": "Cuatro presidentes", "date": "2019-10-19", "place": "Caracas", "description": "A talk on history"}
READ = {"title": lambda t: t.title, "date": lambda t: t.date, "place": lambda t: t.place,
        "description": lambda t: t.subtitle}
BODY = "Anna: Welcome to the programme.\n\nTom: Thank you for having me.\n"


def convert(front: str, tmp_path: Path):
    path = tmp_path / "episode.md"
    path.write_text(f"---\n{front}---\n\n{BODY}", encoding="utf-8")
    return pipeline.convert_source(files.read_source(path, path.name))


ENTRIES = [(field, key) for field, keys in sorted(metadata.FRONT_KEYS.items()) for key in keys]


@pytest.mark.parametrize("field, key", ENTRIES, ids=[f"{f}-{k}" for f, k in ENTRIES])
def test_each_key_gives_its_field(field, key, tmp_path):
    transcript = convert(f'{key}: "{VALUES[field]}"\n', tmp_path)
    assert READ[field](transcript) == VALUES[field]


def test_the_common_key_wins_over_a_translation(tmp_path):
    transcript = convert('titre: "Bonjour"\ntitle: "Hello"\nfecha: "2001-01-01"\ndate: "2019-10-19"\n', tmp_path)
    assert (transcript.title, transcript.date) == ("Hello", "2019-10-19")


def test_an_unknown_key_gives_nothing(tmp_path):
    transcript = convert('tytul: "Nie"\nwhen: "2019-10-19"\n', tmp_path)
    assert transcript.title != "Nie" and transcript.date is None


def test_every_entry_names_a_field_and_says_where_it_comes_from():
    path = Path(metadata.__file__).resolve().parent.parent / "data" / "front-matter-keys.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entry, _, origin = line.partition("#")
            assert entry.split()[0] in READ and origin.strip(), line
