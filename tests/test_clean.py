"""The cleaner and the header reader on small documents that no seed contains."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.parse import clean, dates, header
from generator.model import Source


def source(text: str) -> Source:
    return Source(path=Path("doc.txt"), name="doc.txt", raw=text.encode(), text=text, encoding="utf-8")


def cleaned(text: str):
    return clean.clean(source(text))


DIALOGUE = "\n\n".join(["ANCHOR: First question about the budget?",
                        "MINISTER: The budget is balanced and we are proud of it, as everyone can see here.",
                        "ANCHOR: And the deficit?",
                        "MINISTER: There is none this year, and there will be none next year either."])


@pytest.mark.parametrize("noise,reason", [
    ("Share this with your friends and family", "share appeal"),
    ("Please donate to keep us going", "donation appeal"),
    ("[social-share]", "web page shortcode"),
    ("© Reuters / John Doe", "photo caption"),
    ("A crowd gathers outside the ministry (AP Photo/Jane Roe)", "photo caption"),
])
def test_furniture_removed_with_reason(noise, reason):
    doc = cleaned(DIALOGUE.replace("ANCHOR: And", noise + "\n\nANCHOR: And"))
    assert [(r.text, r.reason) for r in doc.removed] == [(noise, reason)]
    assert all(noise not in b.text for b in doc.blocks)


def test_navigation_only_near_the_top():
    doc = cleaned("Home\n\nBig headline here\n\n" + DIALOGUE + "\n\nMINISTER: More.\n\nHome")
    assert [r.line for r in doc.removed if r.reason == "site navigation"] == [1]


def test_credit_line_inside_a_block_goes_alone():
    doc = cleaned(DIALOGUE + "\n\n© GETTY IMAGES / SOMEONE\nAnd the paragraph after the credit stays.")
    assert [r.reason for r in doc.removed] == ["photo credit"]
    assert doc.blocks[-1].text == "And the paragraph after the credit stays."


def test_trailer_fields_become_metadata():
    doc = cleaned(DIALOGUE + "\n\nSource: Office of the Spokesperson\n\nPRN: 2020/123")
    assert [(f.key, f.value) for f in doc.fields] == [("Source", "Office of the Spokesperson"), ("PRN", "2020/123")]
    assert not doc.removed


def test_speech_is_never_a_caption_even_when_set_apart():
    text = DIALOGUE.replace("\n\nMINISTER: There", "\n\n\n\nMINISTER: There")
    assert not cleaned(text).removed


def test_missing_space_after_full_stop_restored_but_initials_kept():
    doc = cleaned("ANCHOR: He left.Then he came back, said Mr.Smith to J.Doe.\n\nANCHOR: Yes.")
    assert doc.blocks[0].text == "ANCHOR: He left. Then he came back, said Mr.Smith to J.Doe."


def test_header_block_and_intro():
    text = ("Remarks at the Opening Session\n\nJane Roe\nSecretary of Energy\nGrand Hall\nVienna, Austria\n"
            "March 3, 2021\n\n" + DIALOGUE)
    head = header.read_header(cleaned(text))
    assert head.title == "Remarks at the Opening Session"
    assert head.date == "2021-03-03" and head.place == "Grand Hall, Vienna, Austria"
    assert [(p.name, p.role) for p in head.people] == [("Jane Roe", "Secretary of Energy")]


def test_full_date_in_a_heading_title_is_the_date():
    """A heading read as the title that holds a full date beside its words (Yle's easy-Finnish TV scripts, held-out
    ht01: no labels, no date line) dates the document; a title with a year alone gives no date."""
    body = ("\n\nPresidentin puoliso Suzanne Innes-Stubb.\n\nTänään meillä on erikoislähetys, kun Selkouutisten "
            "vieraana on Suzanne Innes-Stubb.\n\nMitä kieliä teidän perheessänne käytetään?")
    head = header.read_header(cleaned("# TV \\| Selkouutiset \\| tiistai 22.10.2024" + body))
    assert head.date == "2024-10-22"
    assert header.read_header(cleaned("# Town hall meeting 2015" + body)).date is None


def test_intro_sentence_names_the_monologue_speaker():
    text = ("We publish the speech by Prime Minister Anna Berg at the Nordic Council, Oslo, 4 November 2019:"
            "\n\nDear friends, thank you for having me here today in this wonderful city of ours.")
    head = header.read_header(cleaned(text))
    assert head.monologue_by == "Anna Berg" and head.date == "2019-11-04" and head.place == "Oslo"


@pytest.mark.parametrize("text,iso,written", [
    ("May 7, 2013", "2013-05-07", "May 7, 2013"),
    ("on 7 May 2013 in", "2013-05-07", "7 May 2013"),
    ("2017-04-12", "2017-04-12", "2017-04-12"),
    ("MOSCOW, March 29.", None, "March 29"),
    ("In September 2018 we", "2018-09", "September 2018"),
    ("the 30th of June 2012", "2012-06-30", "30th of June 2012"),
    ("February 30, 2020", None, None),
    ("we may 7 times", None, None),
])
def test_dates(text, iso, written):
    found = dates.find_date(text)
    assert (found.iso, found.text) == (iso, written) if written else found is None
