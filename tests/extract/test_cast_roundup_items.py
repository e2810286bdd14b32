"""A round-up's next item casting another work, on invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, pairs

_LEDE = "Copper Bay adds two names to its cast."
_OURS = "Mira Quell will play Juno Hart in Copper Bay."
_TITLE = "Copper Bay adds two names"


def _found(text: str) -> set[tuple[str, str]]:
    found = pairs(facts(_LEDE, _OURS, text, title=_TITLE))
    assert ("Mira Quell", "Juno Hart") in found
    return found


def test_elsewhere_another_work_casts_someone() -> None:
    for text, pair in (
        ("Elsewhere, Fen Light has cast Tova Rees as Greta Moll.", ("Tova Rees", "Greta Moll")),
        (
            "In other casting news, the BBC thriller Tin Lid is adding Noel Cray as Hal Brisk.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        assert pair not in _found(text)


def test_elsewhere_in_our_own_cast_or_our_work_casting_stays() -> None:
    assert ("Ivo Dane", "Bea Cutter") in _found("Elsewhere, Ivo Dane returns as Bea Cutter.")
    text = "Meanwhile, Copper Bay has cast Dora Penn as Agatha Lowe."
    assert ("Dora Penn", "Agatha Lowe") in _found(text)


def test_a_sentence_about_another_work_that_stars_people() -> None:
    for text, pair in (
        (
            "Fen Light stars Tova Rees as Greta Moll and Ivo Dane as Bea Cutter.",
            ("Tova Rees", "Greta Moll"),
        ),
        ("Tin Lid (2019) featured Noel Cray as Hal Brisk.", ("Noel Cray", "Hal Brisk")),
    ):
        assert pair not in _found(text)


def test_our_work_that_stars_people_stays() -> None:
    text = "Copper Bay also stars Dora Penn as Agatha Lowe."
    assert ("Dora Penn", "Agatha Lowe") in _found(text)


def test_a_sentence_labelled_with_another_work_and_its_channel_or_year() -> None:
    for text, pair in (
        (
            "Fen Light (BBC Two): Tova Rees (Greta Moll) and Ivo Dane (Bea Cutter) lead it.",
            ("Tova Rees", "Greta Moll"),
        ),
        (
            "Tin Lid (2019): Noel Cray as Hal Brisk, a lighthouse keeper.",
            ("Noel Cray", "Hal Brisk"),
        ),
    ):
        found = _found(text)
        assert pair not in found
        assert pair[::-1] not in found


def test_a_label_that_names_no_work_keeps_its_castings() -> None:
    text = "Returning (all confirmed): Dora Penn (Agatha), Silas Orme (Bea) and Ivo Dane (Pip)."
    assert ("Dora Penn", "Agatha") in _found(text)
