"""Quotes on invented text: words a post dismisses or reports as a rumour are nobody's quote; a
caption whose attribution names the account it ran on is that account's; a new cast member who
posts a caption is its owner, never someone named earlier."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings


def test_words_dismissed_as_no_source_are_not_served() -> None:
    for line in (
        "3. Rumours about recasting need a link. “My aunt works at the studio” is not a source.",
        "Please stop. “A guy on a forum said so” isn't a source, and neither is a blurry photo.",
        "Reminder: “I heard it from a runner” is no proof of anything.",
    ):
        found = quote_readings("The Copper Bay film is coming.", line)
        assert not any(served for _, _, served in found.values()), line


def test_the_words_of_a_rumour_are_not_served() -> None:
    for line in (
        "The rumour that they're “filming in secret” came from an anonymous account.",
        "There is speculation that the sequel is “already half shot”, which nobody has confirmed.",
    ):
        found = quote_readings("The Copper Bay film is coming.", line)
        assert not any(served for _, _, served in found.values()), line


def test_a_quote_someone_is_named_to_say_keeps_its_speaker_beside_a_dismissal() -> None:
    found = quote_readings(
        "Mara Quell plays the lead in The Copper Bay.",
        "“We start in May,” Mara Quell said. The rest is not a source.",
    )
    assert found["We start in "] == ("Mara Quell", SourceKind.PERSON, True)


def test_a_caption_on_a_named_official_account_is_that_accounts() -> None:
    for line in (
        "“Two roads. One summer. Coming soon,” the caption on the official Tidewater Instagram "
        "read.",
        "“Two roads. One summer. Coming soon,” read the caption on the official Tidewater account.",
    ):
        found = quote_readings("Lumen unveiled the title this morning with a short teaser.", line)
        speaker, source, served = found["Two roads. O"]
        assert source is SourceKind.ORGANISATION and "Tidewater" in speaker and served, line


def test_a_new_cast_members_caption_is_theirs_not_an_earlier_names() -> None:
    for line in (
        "New cast member Oren Vasse, who plays Tom's rival Jed Marsh, shared a snap of his name "
        "on a trailer door with the caption: “Dream come true.”",
        "New cast member Oren Vasse posted his call sheet with the caption: “Dream come true.”",
    ):
        found = quote_readings("Bryn Tallow was also spotted on set in Leeds.", line)
        assert found["Dream come t"] == ("Oren Vasse", SourceKind.PERSON, True), line


def test_a_poster_named_as_subject_keeps_a_post_on_another_account() -> None:
    found = quote_readings(
        "Lumen has finished filming The Copper Bay.",
        "Lumen marked the occasion on the official Tidewater account with a clapperboard and "
        "the words “That's a wrap on the bay.”",
    )
    assert "Tidewater" not in found["That's a wra"][0]


def test_a_bold_label_naming_an_owners_text_gives_the_quote_to_the_owner() -> None:
    found = quote_readings(
        "Ravi Moss has left the film. The part has been recast with Tilde Arn.",
        "**Lumen's statement:** “We thank Ravi for his work and welcome Tilde.”",
        "**Tilde Arn's post:** “Back to work, and very happy.”",
    )
    assert found["We thank Rav"] == ("Lumen", SourceKind.ORGANISATION, True)
    assert found["Back to work"] == ("Tilde Arn", SourceKind.PERSON, True)


def test_a_comment_with_its_handle_in_brackets_is_that_accounts() -> None:
    for line, handle in (
        ("Top comment (u/lantern_fan): “Mira as Ivy was the best casting of the year.”", "u/"),
        ("Most upvoted reply (@glassfox): “Mira as Ivy was the best casting of the year.”", "@"),
    ):
        found = quote_readings("The Glass Orchard trailer is out.", line)
        speaker, source, served = found["Mira as Ivy "]
        assert speaker.startswith(handle) and source is SourceKind.ORGANISATION and served, line


def test_marked_words_ending_a_list_of_things_are_not_served() -> None:
    for line in (
        "2. Set photos, casting guesses and “my neighbour is an extra” posts go in the weekly "
        "thread.",
        "Blurry photos or “my cousin drives a truck for them” rumours will be removed.",
    ):
        found = quote_readings("The Copper Sorrel film is coming.", line)
        assert not any(served for _, _, served in found.values()), line


def test_a_quote_after_and_that_names_no_thing_is_served() -> None:
    found = quote_readings(
        "Mara Quell plays the lead in The Copper Sorrel.",
        "Mara Quell waved and “We start in May,” she said.",
    )
    assert found["We start in "] == ("Mara Quell", SourceKind.PERSON, True)
