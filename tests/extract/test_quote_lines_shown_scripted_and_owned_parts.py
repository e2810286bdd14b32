"""Quotes on invented text: words a chalkboard reads or a clip shows after a list of what it
shows, a line named as the script's or an episode's, a scene written out as script lines, and a
part an actor's name owns speaking in a piece about a trailer are the work's, never a quote;
words a person says beside them still are."""

from __future__ import annotations

from tests.extract.helpers import facts


def _served(*paragraphs: str) -> list[str]:
    return [q.text[:18] for q in facts(*paragraphs).quotes if q.served]


def test_words_a_chalkboard_reads_are_no_quote() -> None:
    served = _served(
        "Live: the teaser for Brackenholt is out.",
        "The teaser's chalkboard also reads “Lower Sixth – Last Week”, which hints at the "
        "timeline. “We kept it secret for months,” said director Odile Farnsworthy.",
    )
    assert served == ["We kept it secret "]


def test_words_last_in_a_list_a_clip_shows_are_no_quote() -> None:
    served = _served(
        "Brackenholt has a name at last.",
        "The studio revealed the title on Monday, posting a short clip of two keys, a gull "
        "and the words “meet us at the tide” to its accounts.",
    )
    assert served == []


def test_a_line_named_as_an_episodes_is_no_quote() -> None:
    served = _served(
        "Brackenholt gets its title.",
        "Producer Odile Farnsworthy said the title came from a line in episode two, “Salt keeps "
        "what the sea forgets”, and that it stuck.",
    )
    assert served == []


def test_a_scene_set_out_as_script_lines_is_no_quote() -> None:
    served = _served(
        "Trailer thread: Brackenholt.",
        "Oskar Quellbrook as Merrowen finally gets a scene. Merrowen: “Stop.” Brisaline: “I hadn’t "
        "started.” Merrowen: “You had.” best moment of the trailer",
    )
    assert served == []


def test_a_transcript_of_people_is_not_a_script() -> None:
    served = _served(
        "Panel report: Brackenholt.",
        "Director Odile Farnsworthy and writer Oskar Quellbrook took questions. Farnsworthy: “We "
        "shot it in the rain.” Quellbrook: “All of it, in the rain.”",
    )
    assert len(served) == 2


def test_a_part_an_actor_owns_speaking_in_a_trailer_thread_is_no_quote() -> None:
    served = _served(
        "Official trailer discussion thread for Brackenholt.",
        "Oskar Quellbrook’s Merrowen on the harbour wall!!! “I’m not leaving this town” she says "
        "it like a promise and the trailer proves it",
    )
    assert served == []


def test_words_a_posted_clip_comes_with_stay_the_posters() -> None:
    served = _served(
        "Fans react to the Brackenholt trailer.",
        "The band posted a short clip of the session with the words ‘we sang this in one take’.",
    )
    assert served == ["we sang this in on"]
