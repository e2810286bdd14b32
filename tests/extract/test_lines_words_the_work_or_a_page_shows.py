"""Words in marks that the work or a thing shown gives, not anyone's quote: a card read after an
aside between commas ("The end card, glimpsed in one still, reads “...”"), a name the work
itself gives a thing ("after what the teaser calls “...”"), the words left legible on a page
shown with the rest hidden ("blurred out except one word: “...”"), and a part's line told with
a pronoun's possessive and the way it is voiced in footage ("her whispered “...”"). A person
calling a thing, a caption read plainly, and a whispered line said off screen stay quotes."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "The Marrowgate trailer: everything we spotted"
_LEDE = "The first trailer for Marrowgate, the new coastal thriller, landed on Tuesday morning."


def _served(*paragraphs: str) -> list[str]:
    return [text for text, _ in served_quotes(facts(_LEDE, *paragraphs, title=_TITLE))]


def test_a_card_read_after_an_aside_is_shown_words() -> None:
    assert _served("The film's end card, glimpsed in one still, reads “MARROWGATE / 2027”.") == []


def test_a_title_card_read_after_a_longer_aside_is_shown_words() -> None:
    assert (
        _served(
            "Odile Brannagh leads the cast. The title card, shown for barely a second, reads "
            "“Nothing sinks for ever”; fans have already made it a wallpaper."
        )
        == []
    )


def test_what_the_teaser_calls_is_the_works_name() -> None:
    assert (
        _served(
            "Brannagh plays Inspector Hal Mercer, a detective sent north after what the teaser "
            "calls “the Harwick affair”."
        )
        == []
    )


def test_what_the_synopsis_describes_as_is_the_works_name() -> None:
    assert (
        _served(
            "Tomas Reyne is the ferryman, haunted by what the synopsis describes as “a debt "
            "older than the tide”."
        )
        == []
    )


def test_what_a_person_calls_stays_a_quote() -> None:
    assert _served(
        "Director Hana Velde said the shoot was ruined by what she calls “the week of gales”."
    ) == ["the week of "]


def test_a_page_blurred_but_one_word_is_shown_words() -> None:
    assert (
        _served(
            "Tomas Reyne, who plays Abel Crane, posted a photo of his script, everything "
            "blurred out except one word: “Abel.”"
        )
        == []
    )


def test_a_page_redacted_save_two_words_is_shown_words() -> None:
    assert (
        _served(
            "Odile Brannagh shared a call sheet, redacted save for two words, “night shoot”, "
            "to her Story."
        )
        == []
    )


def test_her_whispered_line_in_the_trailer_is_the_parts() -> None:
    assert (
        _served(
            "Brannagh is in almost every shot of the trailer, and her whispered “They came back "
            "for the boat,” is already all over TikTok."
        )
        == []
    )


def test_his_growled_line_after_the_teaser_is_the_parts() -> None:
    assert (
        _served(
            "The teaser is mostly weather. Reyne gets one moment, his growled “Get off my "
            "pier” over the final shot."
        )
        == []
    )


def test_a_whispered_thanks_at_a_premiere_stays_a_quote() -> None:
    assert _served(
        "At the premiere Odile Brannagh took the stage and said her whispered “thank you all "
        "for coming” was the most she could manage."
    ) == ["thank you al"]
