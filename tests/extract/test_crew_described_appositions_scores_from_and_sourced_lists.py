"""A role-first apposition whose name is described ("the Danish X"), a score told as given
"from" its composer, and a credits line of names closed by a source note (invented sentences,
none of the corpus's names)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts


def test_a_described_name_after_the_role_is_credited() -> None:
    found = facts("The film’s editor, the Danish Sofie Lindqvist, posted a photo from the cut.")
    assert ("editor", "Sofie Lindqvist") in credits(found)
    found = facts("Its composer, the Icelandic Bragi Haraldsson, said the score is nearly done.")
    assert ("composer", "Bragi Haraldsson") in credits(found)


def test_a_lowercase_description_after_the_role_credits_nobody() -> None:
    found = facts("The film’s editor, the famously private one, said nothing.")
    assert not {c for c in credits(found) if c[0] == "editor"}


def test_a_score_from_its_composer_is_a_composer_credit() -> None:
    found = facts("The drama leans on a brooding cello score from Marta Ilves.")
    assert ("composer", "Marta Ilves") in credits(found)
    found = facts("It comes with another lush, string-heavy score from Teodor Vance.")
    assert ("composer", "Teodor Vance") in credits(found)


def test_the_score_from_another_film_credits_nobody() -> None:
    found = facts("The trailer borrows the score from Silver Meridian.", title="Grey Pier trailer")
    assert not {c for c in credits(found) if c[0] == "composer"}


def test_a_rating_score_from_a_critic_or_site_credits_nobody() -> None:
    found = facts("The film earned a perfect score from Rotten Tomatoes last week.")
    assert not {c for c in credits(found) if c[0] == "composer"}
    found = facts("It drew a rare high score from Ellen Park, the judge.")
    assert not {c for c in credits(found) if c[0] == "composer"}


def test_a_credits_line_closed_by_a_source_note_keeps_every_name() -> None:
    found = facts("Screenplay: Irene Costa, Pavel Horak (based on the memoir by Lena Frey)")
    assert {("writer", "Irene Costa"), ("writer", "Pavel Horak")} <= credits(found)
    found = facts("Writers: Oskar Brandt, Yara Souza (based on the play by Dana Mill)")
    assert {("writer", "Oskar Brandt"), ("writer", "Yara Souza")} <= credits(found)


def test_a_language_feature_from_a_filmmaker_names_our_director() -> None:
    found = facts(
        'Filming on "Copper Fen" began this week.',
        'Cameras rolled Monday on "Copper Fen," the first English-language feature from Polish '
        "filmmaker Halina Zurek, in Leeds.",
        title='"Copper Fen" begins shoot in Leeds',
    )
    assert ("director", "Halina Zurek") in credits(found)
    found = facts(
        'Filming on "Quiet Marsh" is under way.',
        '"Quiet Marsh," the second Spanish-language film from filmmaker Pablo Iriarte, shoots '
        "in Bilbao.",
        title='"Quiet Marsh" starts production',
    )
    assert ("director", "Pablo Iriarte") in credits(found)


def test_another_titles_language_feature_names_no_director() -> None:
    found = facts(
        'Filming on "Quiet Marsh" is under way.',
        'She also has "Dry Creek," the second Spanish-language film from filmmaker Pablo Iriarte.',
        title='"Quiet Marsh" starts production',
    )
    assert ("director", "Pablo Iriarte") not in credits(found)


def test_the_subject_working_from_a_script_of_their_own_is_its_writer() -> None:
    found = facts(
        "Director Mira Sandqvist is back behind the camera, working from a script she co-wrote "
        "with Olle Brandt."
    )
    assert {("writer", "Mira Sandqvist"), ("writer", "Olle Brandt")} <= credits(found)
    found = facts("Tomas Reyna directs from a screenplay he wrote during lockdown.")
    assert ("writer", "Tomas Reyna") in credits(found)


def test_a_pronoun_after_another_name_credits_not_the_subject() -> None:
    found = facts("Tomas Reyna said Ana Vidal is working from a script she wrote.")
    assert ("writer", "Tomas Reyna") not in credits(found)
