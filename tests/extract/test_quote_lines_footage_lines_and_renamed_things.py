"""Quote lines on invented text: words a trailer or a teaser plays ("The teaser opens on ...:
“...”", "The only dialogue is Quennel's “...”"), a speech a part gets in the work, a title
card's text, a casting call's wording, a thing's new name ("renamed “...”") and a label on
plural things ("“...” screenings in") are nobody's quotes; a person who says the words, or words
that only look like these, stay quoted."""

from __future__ import annotations

from bot.facts import QuoteFact
from tests.extract.helpers import facts

_LEDE = "Brindle Pictures has shared the first footage of Cinder Row, Odile Marsh's new film."


def _quotes(*paragraphs: str) -> dict[str, QuoteFact]:
    found = facts(_LEDE, *paragraphs, date="2026-05-04", title="Cinder Row: the first look")
    return {q.text: q for q in found.quotes}


def _served(found: dict[str, QuoteFact], words: str) -> bool:
    quote = found.get(words)
    return quote is not None and quote.served


def test_a_trailer_opening_on_a_shot_plays_a_line_nobody_said() -> None:
    found = _quotes(
        "The trailer opens on Vale on a wet platform: “Nobody leaves this town. Not really.”"
        " Fans have already made it a ringtone."
    )
    assert not _served(found, "Nobody leaves this town. Not really."), found


def test_a_teaser_ending_with_a_shot_plays_a_line_nobody_said() -> None:
    found = _quotes(
        "The teaser ends with Bryn Tallow at a kitchen window: “Is that the last bus?”"
        " It runs for under a minute."
    )
    assert not _served(found, "Is that the last bus?"), found


def test_the_only_dialogue_of_footage_is_a_parts_line() -> None:
    found = _quotes(
        "The news came with a short teaser of Vale and Tallow on a pier.",
        "The only dialogue is Quennel's “Did you bring the map?” and that was enough.",
    )
    assert not _served(found, "Did you bring the map?"), found


def test_a_director_saying_words_after_the_trailer_stays_quoted() -> None:
    found = _quotes(
        "The trailer opens on a lighthouse, and Marsh said of it: “I wanted the sea to feel"
        " like a threat from the first frame.”"
    )
    assert _served(found, "I wanted the sea to feel like a threat from the first frame."), found


def test_a_title_card_that_follows_shows_words() -> None:
    found = _quotes(
        "The last shot is of the empty pier. The title card follows:"
        " “Cinder Row. 9 October. In cinemas.”"
    )
    assert not _served(found, "Cinder Row. 9 October. In cinemas."), found


def test_a_casting_calls_wording_is_not_a_quote() -> None:
    found = _quotes(
        "About 30 locals have been hired, and a casting call for dockers with"
        " “big shoulders and bad knees” went round the town last month."
    )
    assert not _served(found, "big shoulders and bad knees"), found


def test_a_new_name_given_to_a_thing_is_not_a_quote() -> None:
    found = _quotes(
        "Tallow explains that the crew group chat has been renamed “the night shift” for the"
        " shoot; Vale says she left it in week two."
    )
    assert not _served(found, "the night shift"), found


def test_a_rebranded_places_new_name_is_not_a_quote() -> None:
    found = _quotes(
        "Odile Marsh says the pub by the harbour was rebranded “the green room” by the crew"
        " within a week."
    )
    assert not _served(found, "the green room"), found


def test_a_label_on_plural_things_is_not_the_subjects_words() -> None:
    found = _quotes(
        "Cinder Row, Odile Marsh's drama with Bryn Tallow as Quennel, went to streaming on"
        " Friday. A day earlier, Brindle held “cast night” screenings in 60 cinemas."
    )
    assert not _served(found, "cast night"), found


def test_a_label_on_plural_things_after_a_persons_sentence_is_not_theirs() -> None:
    found = _quotes(
        "Bryn Tallow went to the premiere. He booked “family only” screenings in two towns."
    )
    assert not _served(found, "family only"), found


def test_a_long_remark_after_a_renaming_colon_stays_quoted() -> None:
    found = _quotes(
        "Asked about the change, Marsh said she renamed nothing: “The title was always going to"
        " be the title, and I told them so.”"
    )
    assert _served(found, "The title was always going to be the title, and I told them so."), found


def test_words_said_of_plural_things_stay_the_sayers() -> None:
    found = _quotes(
        "Tallow said the town's fishermen were “very patient” hosts on every night shoot."
    )
    assert _served(found, "very patient"), found


def test_a_speech_a_part_gets_is_the_works_line() -> None:
    found = _quotes(
        "Bryn Tallow is superb. And Odile Marsh, as Greta, gets one speech – about being “the"
        " only one who stayed and the last one to mind” – that silences the room."
    )
    assert not _served(found, "the only one who stayed and the last one to mind"), found


def test_a_monologue_a_part_is_given_is_the_works_line() -> None:
    found = _quotes(
        "Tallow, as the harbourmaster, is given a monologue on “the sea that keeps its own"
        " books” halfway through."
    )
    assert not _served(found, "the sea that keeps its own books"), found


def test_a_speech_someone_gave_about_a_thing_stays_theirs() -> None:
    found = _quotes(
        "At the gala Marsh gave a speech about the town, saying it had “never once let us down”."
    )
    assert _served(found, "never once let us down"), found
