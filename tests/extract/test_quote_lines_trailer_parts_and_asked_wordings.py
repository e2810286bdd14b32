"""A trailer breakdown's lines are the work's, not quotes: words under a timecode heading that
nothing credits, a part with its actor in brackets acting then reading out, an actor "as" a part
"who “...”", a part caught doing something before a colon. Words in marks inside a question
put to a profile's subject ("when asked how often she has played “...”") are no one's quote."""

from tests.extract.helpers import facts, served_quotes

_TRAILER = "Skellmoor trailer breakdown: every shot you missed"
_TEASER = "Skellmoor teaser breakdown: the letter, the harbour and the aunt"


def test_words_under_a_timecode_heading_are_the_work_s() -> None:
    found = facts(
        "Lumen has released the first full trailer for Skellmoor.",
        "Here is what we spotted.",
        "0:00–0:20: Leaving the harbour",
        "The trailer opens on Tobit (Odran Fealy) mending nets while his aunt Gwendra (Tamsin "
        "Quarrell) watches. “You’ll write, won’t you?” she asks. It is our first look at her.",
        title=_TRAILER,
    )
    assert served_quotes(found) == []


def test_a_person_credited_under_a_timecode_heading_keeps_the_words() -> None:
    found = facts(
        "Lumen has released the first full trailer for Skellmoor.",
        "0:21–0:40: The director",
        "The storm shots are pure Odran Fealy, who directs all six episodes. Speaking in July, he "
        "said: “I wanted the sea to feel like a character.”",
        title=_TRAILER,
    )
    assert served_quotes(found) == [("I wanted the", "Odran Fealy")]


def test_a_bracketed_part_acting_then_reading_aloud_is_the_work_s() -> None:
    found = facts(
        "Lumen has released the first teaser for Skellmoor.",
        "Tobit (Odran Fealy) opens a parcel and reads aloud: “Your boat is ready.” A ferry, then.",
        title=_TEASER,
    )
    assert served_quotes(found) == []


def test_an_actor_as_a_part_who_does_something_in_marks_is_a_blurb() -> None:
    found = facts(
        "Lumen has released the first full trailer for Skellmoor.",
        "Tamsin Quarrell plays Gwendra Stane, a harbour-master who sells her own boat. Backing "
        "her up, in a scene-stealing turn, is Odran Fealy as Captain Wrenn, who “once sank a "
        "ferry, allegedly”.",
        title=_TRAILER,
    )
    assert served_quotes(found) == []


def test_a_part_caught_doing_something_before_a_colon_is_the_work_s() -> None:
    found = facts(
        "Lumen has released the first full trailer for Skellmoor.",
        "Tamsin Quarrell plays Deborah Stane, a retired harbour-master who decides to sink her "
        "own ferry.",
        "3. The line everyone is quoting",
        "Deborah, loading a harpoon with Tillard’s Originals: “Nobody suspects a woman with a "
        "Harbour Guild badge.” It has already been turned into a thousand memes.",
        title="The Skellmoor trailer: five things we learned",
    )
    assert served_quotes(found) == []


def test_words_in_a_question_put_to_the_subject_are_no_quote() -> None:
    found = facts(
        "Tamsin Quarrell laughs when asked how many times she has played “the village "
        "pharmacist”. “Nine,” she says. “I counted.”",
        "The 34-year-old trained in Leeds.",
        title="Tamsin Quarrell: from pharmacist to harbour-master",
    )
    quotes = served_quotes(found)
    assert ("the village ", "Tamsin Quarrell") not in quotes
    assert ("Nine", "Tamsin Quarrell") in quotes
