"""Quotes on invented text: a time phrase in marks that the writer describes with an article
and an adjective ("a vague “autumn 2027”") is a window, not anyone's words, even after a verb
of saying; a numbered list's beat that only names the tagline, its words next ("4. The tagline.
“...”"), is the poster's lettering. Someone quoted saying a window, and a line after a beat
naming something else, stay quotes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_described_time_phrase_in_marks_is_no_ones_words() -> None:
    for line in (
        "A first teaser, out in March, only confirmed the cast and a vague “autumn 2027”.",
        "The listing, updated on Friday, confirmed nothing but a hazy 'late spring'.",
    ):
        found = facts("Ferngate Row returns for a second series.", line,
                      date="2026-04-02", title="Ferngate Row: five things we know")  # fmt: skip
        assert not served_quotes(found), served_quotes(found)


def test_a_window_someone_says_stays_their_quote() -> None:
    found = facts(
        "Ferngate Row returns for a second series.",
        "Producer Idris Pellow said only “autumn 2027” when asked about a date.",
        date="2026-04-02",
        title="Ferngate Row: five things we know",
    )
    assert ("autumn 2027", "Idris Pellow") in served_quotes(found), served_quotes(found)


def test_a_numbered_beat_naming_the_tagline_is_lettering() -> None:
    for beat in ("6. The tagline.", "2) A slogan."):
        found = facts(
            "Everything we spotted in the Ferngate Row trailer.",
            "1. The harbour. The trailer opens on a grey harbour at dawn.",
            f"{beat} “Some tides never turn.” Bold, but fine.",
            date="2026-04-02",
            title="Ferngate Row trailer: six things we spotted",
        )
        assert not served_quotes(found), served_quotes(found)


def test_a_numbered_beat_naming_a_person_keeps_the_quote() -> None:
    found = facts(
        "Everything we spotted in the Ferngate Row trailer.",
        "3. The director. Mirela Standish told us: “We shot the harbour at dawn every day.”",
        date="2026-04-02",
        title="Ferngate Row trailer: six things we spotted",
    )
    assert ("We shot the ", "Mirela Standish") in served_quotes(found), served_quotes(found)
