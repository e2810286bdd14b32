"""Cast facts told apart from a role word before a name, a job's short form after "as a", the
voices of another language's version, a station's credit line and a transcript's speaker label
(invented names and titles throughout)."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, served_pairs


def test_a_role_word_opening_the_sentence_is_no_part_of_the_actors_name() -> None:
    found = facts(
        "Gullwether is up for three prizes at the Brindlecombe Television Awards.",
        "Lead Ysolde Pranktree, who plays the landlord Orrin Vask, lost out in the lead category.",
    )
    assert ("Ysolde Pranktree", "Orrin Vask") in served_pairs(found)
    assert not any(actor.startswith("Lead ") for actor, _ in served_pairs(found))


def test_a_job_short_form_after_an_indefinite_article_is_held() -> None:
    found = facts(
        "Gullwether stayed at number one in its third weekend.",
        "The film, which stars Ysolde Pranktree as a pirate DJ, has now outgrossed Osgarth.",
    )
    assert ("Ysolde Pranktree", "DJ") not in served_pairs(found)
    assert ("Ysolde Pranktree", "DJ") in held_pairs(found)


def test_a_named_part_after_a_job_short_form_is_still_served() -> None:
    found = facts("Gullwether stars Ysolde Pranktree as DJ Orrin Vask.")
    assert ("Ysolde Pranktree", "Orrin Vask") in served_pairs(found)


def test_voices_of_another_languages_version_are_not_the_films_cast() -> None:
    found = facts(
        "Gullwether stars Corvin Ashmantle as Orrin Vask.",
        "An Irish-language version, An Bhruach Glas, will screen in selected cinemas, with"
        " Ysolde Pranktree voicing Orrin Vask and Tamsin Osgarth as Old Pell.",
    )
    served = served_pairs(found)
    assert ("Corvin Ashmantle", "Orrin Vask") in served
    assert not any(actor in ("Ysolde Pranktree", "Tamsin Osgarth") for actor, _ in served)


def test_an_english_language_version_keeps_its_cast() -> None:
    found = facts(
        "An English-language version of the hit series, Gullwether, stars Ysolde Pranktree as"
        " Orrin Vask."
    )
    assert ("Ysolde Pranktree", "Orrin Vask") in served_pairs(found)


def test_a_cast_member_after_a_dubs_voices_in_the_same_sentence_is_still_served() -> None:
    found = facts(
        "Gullwether premiered in London on Monday.",
        "Also on the carpet: Tamsin Osgarth, who voices Orrin in the Spanish-language dub, and"
        " Ysolde Pranktree, back as Quillon Marsh, in a silver suit.",
    )
    assert ("Ysolde Pranktree", "Quillon Marsh") in served_pairs(found)


def test_a_stations_credit_line_is_no_dash_list_casting() -> None:
    found = facts(
        "Director Ysolde Pranktree joined the Dawn Spool ahead of the release of Gullwether.",
        "Radio Brindlecombe – The Dawn Spool, broadcast 14 April 2026, 19:10",
        "Presented by Corvin Ashmantle",
    )
    assert not any(actor.startswith("Radio ") for actor, _ in served_pairs(found))


def test_a_transcripts_speaker_label_is_no_pronouns_antecedent() -> None:
    found = facts(
        "Director Corvin Ashmantle joined us ahead of the release of Gullwether.",
        "TAMSIN OSGARTH: Welcome.",
        "CORVIN ASHMANTLE: Thank you.",
        "ASHMANTLE: Ysolde had two days with us. She plays Orrin as someone who is pretending.",
    )
    assert not any(actor.upper() == actor for actor, _ in served_pairs(found))
