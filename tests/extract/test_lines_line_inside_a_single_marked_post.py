"""A round-up's post given whole in single marks after its writer's label, a line quoted inside
it in double marks: the inner words are the line the poster repeats, not a quote of their own.
A post whose single marks do not wrap it whole, and a news quote, stay as they were."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_TITLE = "Harbour Lights: the best reactions to the opening night"
_LEDE = "The first episode of Harbour Lights aired on Sunday, and the internet had thoughts."


def _served(*paragraphs: str) -> list[tuple[str, str]]:
    return served_quotes(facts(_LEDE, *paragraphs, title=_TITLE))


def test_a_line_inside_a_handles_single_marked_post_is_held() -> None:
    served = _served(
        '@gullwatcher_22: \'Ivo Darrach saying "mind the gulls, they bite" is the best thing '
        "on telly this year'"
    )
    assert all(not text.startswith("mind the") for text, _ in served)


def test_a_line_inside_a_named_fans_single_marked_post_is_held() -> None:
    served = _served("Jo from Leeds: 'Marlo going \"not on my watch, pal\" had me on the floor.'")
    assert all(not text.startswith("not on my") for text, _ in served)


def test_a_post_not_wrapped_in_single_marks_keeps_its_line() -> None:
    served = _served("@gullwatcher_22: 'iconic' is the only word for \"mind the gulls, they bite\"")
    assert ("mind the gul", "") in served


def test_a_news_quote_with_single_marks_inside_stays() -> None:
    served = _served(
        "Creator Nuala Vantry said: \"Ivo came in and said 'this is the one', and he was right.\""
    )
    assert [speaker for _, speaker in served] == ["Nuala Vantry"]
