"""A headline opened by a word of its own before the name ("Meet Ada Vale, the composer ...")
names its profile's subject, whose "she says" a nearer name never takes."""

from __future__ import annotations

from tests.extract.test_quotes_speaker_pronoun_tellers import profile


def test_a_headline_opened_by_meet_names_the_profiles_subject() -> None:
    assert ("Everyone wan", "Odile Brannagh") in profile(
        "Meet Odile Brannagh, the composer who made Saltwick Hollow sing"
    )
