"""Themes: discovery on the seeds without themes.yml, themes.yml handling, and the link rules."""

from __future__ import annotations

import shutil

import pytest

from conftest import SEEDS, config_problems
from generator.read import config
from generator.corpus import discover
from generator import pipeline

# Recurring subjects of the seeds that a reader would name, each with the forms that must be one theme.
EXPECTED = {
    "Syria": {"Syria", "Syrian"},
    "Russia": {"Russia", "Russian Federation"},
    "United States": {"United States", "U.S", "US"},
    "Vladimir Putin": {"Putin"},
    "Barack Obama": {"Obama", "Barack Obama"},
    "Assad": {"Assad", "Bashar al-Assad", "al-Assad"},
    "chemical weapons": set(),
    "UN Security Council": {"UN Security Council", "UNSC"},
    "John Kerry": {"John Kerry", "Kerry"},
    "Libya": {"Libya", "Libyan"},
    "Iran": set(), "Iraq": set(), "Afghanistan": set(), "Ukraine": set(), "NATO": set(),
    "EU": {"EU", "European Union"},
    "sanctions": set(), "meddling": set(),
    "Jabhat al-Nusra": {"Jabhat al-Nusra", "Jabhat an-Nusra", "al-Nusra"},
    "OPCW": set(), "Rex Tillerson": {"Rex Tillerson"},
}
NOISE = {"issue", "issues", "situation", "question", "questions", "people", "time", "way", "thing", "colleagues",
         "contacts", "i'm", "today", "state", "president", "minister", "thank", "well", "in russian", "source"}


@pytest.fixture(scope="module")
def discovered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds-without-themes")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    corpus = pipeline.convert([folder])
    return corpus


def test_discovery_finds_what_readers_name_with_variants_merged(discovered):
    by_name = {theme.name: theme for theme in discovered.themes}
    missing = [name for name in EXPECTED if name not in by_name]
    assert not missing, missing
    for name, forms in EXPECTED.items():
        theme = by_name[name]
        assert forms <= set(theme.aliases) | {theme.name}, (name, theme.aliases)


def test_no_noise_among_the_first_thirty(discovered):
    first = [theme.name.casefold() for theme in discovered.themes[:30]]
    assert not set(first) & NOISE, first
    assert all(len(name) > 1 and not name.endswith((" of", " the", " and")) for name in first)


def test_speakers_own_names_are_not_themes_of_their_own_turns(discovered):
    lavrov = next(s.id for s in discovered.speakers if s.name == "Sergey Lavrov")
    theme = next(t for t in discovered.themes if "Lavrov" in (t.name,) + t.aliases)
    for transcript in discovered.transcripts:
        for turn in transcript.turns:
            if turn.speaker == lavrov:
                assert theme.id not in turn.themes


def test_first_mention_in_a_turn_links_once(discovered):
    for transcript in discovered.transcripts:
        for turn in transcript.turns:
            assert len(turn.themes) == len(set(turn.themes)) == len(turn.mentions)
            for mention in turn.mentions:
                text = turn.paragraphs[mention.paragraph][mention.segment].text
                assert text[mention.start:mention.end].strip()


def test_variant_merging_rules():
    texts = [("a", "The Organisation for the Prohibition of Chemical Weapons (OPCW) met. The U.S. agreed."),
             ("b", "The OPCW and the United States. Troops of Jabhat an-Nusra fought al-Nusra in Syria."),
             ("c", "They saw Jabhat al-Nusra again. In Syria again. The US, the OPCW."),
             ("d", "ISIS and the Islamic State. The situation is an issue.")]
    texts += [(doc + "2", text) for doc, text in texts]
    groups = {c.name: set(c.forms) for c in discover.discover(texts, set())}
    assert any({"OPCW", "Organisation for the Prohibition of Chemical Weapons"} <= forms for forms in groups.values())
    assert any({"U.S", "United States", "US"} <= forms for forms in groups.values())
    assert any({"Jabhat an-Nusra", "al-Nusra", "Jabhat al-Nusra"} <= forms for forms in groups.values())
    assert any({"ISIS", "Islamic State"} <= forms for forms in groups.values())
    assert not {"situation", "issue"} & {name.casefold() for name in groups}


def test_capitalised_common_words_are_not_themes_but_acronyms_are():
    # speech-to-text and headlines capitalise "What" or "Just" mid-sentence; in a large corpus that recurs
    texts = [(f"d{i}", "He asked me What we do and Just then the WHO met in Geneva.") for i in range(6)]
    names = {c.name for c in discover.discover(texts, set())}
    assert {"WHO", "Geneva"} <= names
    assert not {"What", "Just"} & names


def test_other_languages_common_words_are_not_themes():
    # Must not fire: German, Spanish and Portuguese transcripts (podcasts, council records of the held-out sets)
    # repeat their function words in every turn; rare in English, they came out as 60 of 60 themes of a mixed corpus.
    german = "Und das ist jetzt so, wir haben auch die Leute gefragt, aber der Vertrag ist nicht fertig. Das Klima."
    spanish = "Un contrato que es para todos, porque si el Estado no está, nada. Es un problema de contratación."
    texts = [(f"de{i}", german * 3) for i in range(3)] + [(f"es{i}", spanish * 3) for i in range(3)]
    names = {c.name.casefold() for c in discover.discover(texts, set())}
    assert not {"und", "das", "ist", "wir", "aber", "que", "un", "es", "para", "si", "nada", "estado"} & names
    assert {"vertrag", "klima"} <= names  # the German transcripts' subjects are still themes


def test_english_words_common_elsewhere_stay_theme_words():
    # Positive: names and words about as common in English as in another language ("Berlin" and "France" in
    # German and French, "witnesses") are not in the other languages' list: an English corpus keeps them as themes.
    texts = [(f"d{i}", "The tribunal heard witnesses in Berlin. The tribunal ruled on the cartel in France.") for i in range(4)]
    names = {c.name for c in discover.discover(texts, set())}
    assert {"Berlin", "France", "witnesses"} <= names
    assert not {"berlin", "france", "witnesses"} & discover.OTHER_COMMON



def test_many_speakers_with_one_surname_merge_by_first_name(tmp_path):
    # speakers are compared within a surname, once per distinct spelling (not every pair of speakers)
    spellings = ["SERGEY LAVROV", "SERGEI LAVROV", "S. LAVROV", "ANNA LAVROV", "TOM REED"]
    for i in range(15):
        (tmp_path / f"t{i:02d}.txt").write_text(
            f"Briefing {i}\n\nQUESTION: What about Syria?\n\n{spellings[i % 5]}: We discussed Syria at length.\n",
            encoding="utf-8")
    built = pipeline.convert([tmp_path])
    people = {s.name: len(s.transcripts) for s in built.speakers if not s.generic}
    assert people == {"Sergei Lavrov": 9, "Anna Lavrov": 3, "Tom Reed": 3}  # the tie goes to the first by name


def test_themes_yml_curates_names_merges_and_excludes(tmp_path):
    (tmp_path / "a.txt").write_text("HOST: What about the chemical attack in Idlib? And Moscow?\n\nGUEST: The "
                                    "chemical weapons were never ours. Moscow agrees.\n\nHOST: Sure?\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("HOST: Chemical weapons again, and Moscow?\n\nGUEST: Yes, Moscow.\n\nHOST: Ok?\n",
                                    encoding="utf-8")
    (tmp_path / "themes.yml").write_text(
        "themes:\n  - id: chemical-weapons\n    name: Chemical weapons\n    aliases: [chemical attack]\n"
        "    patterns: ['[Cc]hemical weapons']\n    description: Their use.\nexclude: [Moscow]\n", encoding="utf-8")
    corpus = pipeline.convert([tmp_path])
    themes = {t.id: t for t in corpus.themes}
    assert themes["chemical-weapons"].description == "Their use." and themes["chemical-weapons"].curated
    assert len(themes["chemical-weapons"].transcripts) == 2
    assert not any("Moscow" in (t.name,) + t.aliases for t in corpus.themes)


@pytest.mark.parametrize("text,line,message", [
    ("themes:\n  - id: Bad Id\n    name: X\n", 2, "is not lower-case words joined by hyphens"),
    ("themes:\n  - name: X\n", 2, "needs an id and a name"),
    ("themes:\n  - id: x\n    name: X\n    patterns: ['(']\n", 4, "is not a valid regular expression"),
    ("themes:\n  - id: x\n    name: X\n    colour: red\n", 4, "unknown key 'colour'"),
    ("themes: {}\n", 1, "themes must be a list"),
    ("topics: []\n", 1, "unknown key 'topics'"),
])
def test_themes_yml_errors_name_file_and_line(tmp_path, text, line, message):
    problems = config_problems(config.load_themes, tmp_path / "themes.yml", text)
    assert problems and problems[0].line == line and message in problems[0].message


def test_seed_themes_yml_is_valid():
    _, problems = config.load_themes(SEEDS / "themes.yml")
    assert not problems
