"""Quotes on invented text: a "he says" whose quote names the nearest subject is the speaker
the paragraph is about, not the last "he" quoted; a name after "X," that a "since" follows is
X's description, not a new subject; a caption from an account named by its handle is that
account's; the words on a clapperboard beside a post's own caption are no one's quote."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import quote_readings

_VISIT = (
    "Director Ansgar Aldmarsh is shooting Ferngate in Leeds.",
    "“The whole film is a corridor,” Ossian Thrale says. “Everyone is waiting.”",
)


def test_a_he_says_naming_the_subject_is_the_paragraphs_speaker() -> None:
    found = quote_readings(
        *_VISIT,
        "Aldmarsh, who made Tin Lanterns with his sister, says he wanted the city to feel cold. "
        "That look belongs to cinematographer Wibeke Varnhagen, who shot the drama Ice Wells. "
        "“Wibeke lights Leeds like a stranger,” he says. “Which, for Ada, it is.”",
    )
    assert found["Wibeke light"] == ("Ansgar Aldmarsh", SourceKind.PERSON, True)
    assert found["Which, for A"] == ("Ansgar Aldmarsh", SourceKind.PERSON, True)


def test_a_he_says_with_no_other_subject_in_the_paragraph_stays_the_last_he() -> None:
    found = quote_readings(
        *_VISIT,
        "“Ansgar is relentless,” he says.",
        "That look belongs to cinematographer Wibeke Varnhagen, who shot the drama Ice Wells. "
        "“Wibeke lights Leeds like a stranger,” he says.",
    )
    assert found["Wibeke light"] == ("Ossian Thrale", SourceKind.PERSON, True)


def test_a_name_described_by_a_part_since_a_season_is_no_subject() -> None:
    found = quote_readings(
        "The cast of Ferngate said goodbye online.",
        "Gudrid Orley",
        "Orley, Bea Quillon since the very first season, posted a video of herself reading "
        "Bea's final scene. ‘I made it to the end without crying,’ she wrote in the caption, "
        "‘then I watched the film.’",
    )
    assert found["I made it to"] == ("Gudrid Orley", SourceKind.PERSON, True)


def test_a_name_after_an_opening_phrase_and_a_comma_is_still_the_subject() -> None:
    found = quote_readings(
        "The cast of Ferngate said goodbye online.",
        "Since the very first season, Gudrid Orley posted a video of herself reading Bea's "
        "final scene. ‘I made it to the end without crying,’ she wrote in the caption.",
    )
    assert found["I made it to"] == ("Gudrid Orley", SourceKind.PERSON, True)


def test_a_caption_from_an_account_named_by_its_handle_is_that_accounts() -> None:
    found = quote_readings(
        "Hi all! Lumenflix has just confirmed that Ferngate premieres on Lumenflix on 3 March.",
        "The announcement came with a new poster (two boys on a pier) and a caption from the "
        'official @ferngate account: "03.03.26. The last tide. Bring a coat."',
    )
    speaker, source, served = found["03.03.26. Th"]
    assert (speaker.lower().lstrip("@"), source, served) == (
        "ferngate",
        SourceKind.ORGANISATION,
        True,
    )


def test_words_after_the_handle_accounts_caption_are_the_next_speakers() -> None:
    found = quote_readings(
        "Lumenflix has confirmed that Ferngate premieres on 3 March.",
        "A caption from the official @ferngate account followed, and Lumenflix added: "
        '"03.03.26. The last tide."',
    )
    assert found["03.03.26. Th"][:2] == ("Lumenflix", SourceKind.ORGANISATION)


def test_a_clapperboards_words_beside_the_posts_caption_are_no_quote() -> None:
    found = quote_readings(
        "Ferngate wrapped in Leeds on Friday.",
        "Lumenflix's Ferngate account shared a clapperboard reading 'FERNGATE – LAST SHOT' with "
        "the caption “Our lungs: empty.” Fans replied in their thousands.",
    )
    assert "FERNGATE – L" not in found or not found["FERNGATE – L"][2]
    assert found["Our lungs: e"][2]


def test_a_slates_words_posted_with_no_caption_are_no_ones() -> None:
    found = quote_readings(
        "Ferngate wrapped in Leeds on Friday.",
        'The official Lumenflix account posted a single slate reading "Cut. Print. Ferngate '
        'for good." Fans replied in their thousands.',
    )
    assert not found.get("Cut. Print. ", ("", SourceKind.UNATTRIBUTED, False))[2]


def test_a_line_a_review_gives_a_performer_as_a_subject_is_no_quote() -> None:
    found = quote_readings(
        "Ferngate review: a hospital drama with a pulse.",
        "Wibeke Varnhagen plays Dr Ilse Marr, the head consultant, and owns every second she's "
        "on screen. Her “Nobody sleeps on my ward. Not tonight.” is already a meme.",
    )
    assert "Nobody sleep" not in found or not found["Nobody sleep"][2]


def test_words_said_after_a_possessive_elsewhere_stay_a_quote() -> None:
    found = quote_readings(
        "Ferngate wrapped in Leeds on Friday.",
        "Wibeke Varnhagen was the last to leave. Her verdict came at once. “It is done,” "
        "Varnhagen says. “Finally.”",
    )
    assert found["It is done"] == ("Wibeke Varnhagen", SourceKind.PERSON, True)
