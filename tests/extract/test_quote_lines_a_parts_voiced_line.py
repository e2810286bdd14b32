"""Words no one is named to say, given to a part's voice (its possessive, a speaking gerund, a
moment it delivers), are the work's line, held; a quote a person says stays served."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes


def test_a_parts_possessive_before_the_words_is_held() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        "The line everyone is repeating? Marlo's \"I'll wait by the gate\" - it is already on "
        "mugs.",
    )
    assert served_quotes(found) == []


def test_a_speaking_gerund_before_the_words_is_held() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        'Renske Holloway is back as Dessa Vell, and she steals the teaser, sighing "Not another '
        'wedding" at the harbour.',
    )
    assert served_quotes(found) == []


def test_asking_whether_a_part_is_before_the_words_is_held() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        'Orvo and Dessa share a ferry, with Dessa asking Orvo whether he is "really going to '
        'sulk like a lighthouse keeper."',
    )
    assert served_quotes(found) == []


def test_a_moment_a_part_delivers_is_held() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        "Dessa's aunt Maud (Holloway) delivers the film's most quoted moment: 'Nobody leaves "
        "this island sober.' Holloway makes it look easy.",
    )
    assert served_quotes(found) == []


def test_words_a_person_says_stay_a_quote() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        '"We start shooting the second series in May," director Perdita Scarrow said on Monday.',
    )
    assert len(served_quotes(found)) == 1


def test_a_possessive_before_words_told_at_a_panel_stays_a_quote() -> None:
    found = facts(
        "Thornwick Lane returns to Palewick this week.",
        "Renske Holloway plays Dessa Vell. The biggest laugh at the panel was Holloway's \"I "
        'get seasick in the bath," which she told the crowd with a shrug.',
    )
    assert served_quotes(found) != []
