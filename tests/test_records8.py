"""Parliamentary records with a dash after the label and a printed contents list (round 7b of issue 13, fourth
held-out set: hg01, hg02, Turkish Grand National Assembly records).

The record writes "BAŞKAN – text", "NAME (Province) – text" (a hyphen in the 1990s), the label alone or its name or
dash wrapped to the next line; a sitting opens with colon fields ("BAŞKAN: Başkan Vekili NAME", "KÂTİP ÜYELER:",
"Açılma Saati: 15.00"), and its contents list numbers sections with Roman numerals ("I.- GEÇEN TUTANAK ÖZETİ").
Cases: ``tests/cases/records8/NAME.txt`` with ``NAME.yml`` (excerpts of real records; each names its source).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import case_inputs, check_case, check_documented, converted_case
from generator.parse import labels, time_fields

CASES = Path(__file__).parent / "cases" / "records8"


def _cases() -> list[Path]:
    return case_inputs(CASES, (".txt", ".md"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_records8_case(path: Path):
    expected, transcript, names, speech = converted_case(path)
    check_case(expected, transcript, names, speech)


def test_every_case_has_a_family_and_both_kinds_occur():
    check_documented(_cases(), both_kinds=True)


@pytest.mark.parametrize("line, label, note, rest", [
    ("BAŞKAN – Kabul edenler… Kabul", "BAŞKAN", None, "Kabul edenler… Kabul"),
    ("SEYFETTİN YILMAZ (Adana) – Yok, yok.", "SEYFETTİN YILMAZ", "Adana", "Yok, yok."),
    ("BAŞKAN –", "BAŞKAN", None, ""),
    ("BAŞKAN - Sayın milletvekilleri, Türkiye", "BAŞKAN", None, "Sayın milletvekilleri, Türkiye"),
    ("BAŞKAN –\nTürkiye Büyük Millet Meclisinin", "BAŞKAN", None, "Türkiye Büyük Millet Meclisinin"),
    ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ\n(Sivas) – Sayın Başkan",
     "TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ", "Sivas", "Sayın Başkan"),
])
def test_dash_label(line, label, note, rest):
    found = labels.candidate(line)
    assert found and found.style == "caps-dash"
    assert (found.label, found.note, found.rest) == (label, note, rest)


@pytest.mark.parametrize("line", [
    "I.- GEÇEN TUTANAK ÖZETİ", "III. - YOKLAMALAR", "IV.- ÖNERİLER", "II. - GELEN KÂĞITLAR",
    "Kabul edenler – evet", "COVID — the pandemic — is a public health issue",
    "EPA — they have all been on the ground", "2015 – yılı bütçesi",
])
def test_not_a_dash_label(line):
    found = labels.candidate(line)
    assert not found or found.style not in ("caps-dash", "stop-dash"), found


@pytest.mark.parametrize("head, tail, label", [
    ("İSMAİL FARUK", "AKSU (İstanbul) – Sayın Başkan", "İSMAİL FARUK AKSU"),
    ("DENİZCİLİK VE HABERLEŞME BAKANI", "AHMET ARSLAN (Kars) – Sayın Başkan", "DENİZCİLİK VE HABERLEŞME BAKANI AHMET ARSLAN"),
    ("BAŞKAN", "– Sayın milletvekilleri, Türkiye", "BAŞKAN"),
    ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ", "(Sivas) – Sayın Başkan",
     "TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ"),
])
def test_wrapped_dash_label(head, tail, label):
    found = labels.wrapped([head, tail], 0)
    assert found and found.label == label


@pytest.mark.parametrize("head, tail", [
    ("SEÇİMLER", "BAŞKAN – Türkiye Büyük Millet Meclisi"),  # a heading above the chair's label: no bracket
    ("SEÇİMLER", "- Türkiye Büyük Millet Meclisi Başkanı seçimi"),  # a list item under a heading: a hyphen
    ("Gündeme geçiyoruz.", "AKSU (İstanbul) – Sayın Başkan"),  # a sentence, not a name's first words
])
def test_not_wrapped_dash_label(head, tail):
    found = labels.wrapped([head, tail], 0)
    assert not found or found.label != f"{head} {tail.split(' (')[0]}" and found.label != head, found


@pytest.mark.parametrize("value, clock", [("15.02", True), ("9.30", True), ("17.13", True), ("0:37", False),
                                          ("25.00", False), ("15.02 Sayın", False), ("3.5", False)])
def test_clock_value(value, clock):
    assert bool(time_fields.CLOCK_VALUE.match(value)) is clock


@pytest.mark.parametrize("label, name", [
    ("SEYFETTİN YILMAZ", "Seyfettin Yılmaz"), ("İSMAİL FARUK AKSU", "İsmail Faruk Aksu"),
    ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ", "Türkiye Büyük Millet Meclisi Başkanı İsmet Yılmaz"),
    ("PRESIDENTE DA MESA DE IDADE", "Presidente da Mesa de Idade"),  # no Turkish capital: the usual rules
    ("MILLER", "Miller"),
])
def test_turkish_capitals_lowered_by_turkish_rules(label, name):
    from generator.parse.people import display_name

    assert display_name(label) == name


@pytest.mark.parametrize("label, split", [
    ("MİLLÎ SAVUNMA BAKANI İSMET YILMAZ", ("MİLLÎ SAVUNMA BAKANI", "İSMET YILMAZ")),
    ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI İSMET YILMAZ", ("TÜRKİYE BÜYÜK MİLLET MECLİSİ BAŞKANI", "İSMET YILMAZ")),
    ("CHP GRUBU ADINA DOĞAN ŞAFAK", ("CHP GRUBU ADINA", "DOĞAN ŞAFAK")),
    ("BAŞKAN", None), ("SEYFETTİN YILMAZ", None), ("ADALET BAKANI", None),  # an office alone; a name alone
])
def test_office_and_holder(label, split):
    from generator.parse.label_dash import office_and_holder

    assert office_and_holder(label) == split
