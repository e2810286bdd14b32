"""A clause that keeps company with "her" before a word no possessive goes before ("is in the
edit with her this month") or with "him": its subject is someone other than the pronoun's
person, so a "she says" after it looks further back; "with her crew" (her own) keeps its
subject."""

from bot.extract.pronoun_subjects import pronoun_subjects
from tests.extract.helpers import facts


def test_company_with_her_is_someone_else() -> None:
    mixer = "Its sound mixer, Olek Tarn, is still in the edit with her this week."
    assert pronoun_subjects(mixer, "she") == []
    assert pronoun_subjects("Tarn sat beside him.", "he") == []


def test_her_own_crew_keeps_the_subject() -> None:
    assert pronoun_subjects("Ilse Varno is still in the edit with her crew.", "she") == [
        (0, "Ilse Varno")
    ]
    assert pronoun_subjects("Ilse Varno praised her crew.", "she") == [(0, "Ilse Varno")]


def test_a_companion_never_takes_her_words() -> None:
    found = facts(
        "Corvina Blesk lit the new season of Tallow Yard, the BBC crime drama.",
        "Blesk grew up in Gdańsk. “I always wanted pictures,” she says.",
        "The BBC has not set a date. Its sound mixer, Olek Tarn, is still in the edit with her"
        " this week.",
        "Her next job? “Something sunny,” she grins.",
    )
    quote = next(q for q in found.quotes if q.text.startswith("Something sunny"))
    assert quote.speaker != "Olek Tarn"
