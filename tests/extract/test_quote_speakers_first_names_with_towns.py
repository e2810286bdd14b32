"""Quotes on invented text: a member of the public set beside an unnamed label by a first name
alone, marked by an age or a home town ("One reader, Ama from Hull, emailed: “...”"), is neither
the unnamed "one reader" nor anyone the bot can name, so the quote is held; a bare first word
with neither ("One reader, Bea, wrote") stays as it was."""

from __future__ import annotations

from tests.extract.helpers import facts

_LEDE = "Fans of Saltmarsh wrote in on Friday after the finale."


def _served(line: str) -> list[tuple[str, str]]:
    found = facts(_LEDE, line)
    return [(q.speaker, q.source.value) for q in found.quotes if q.served]


def test_a_first_name_with_a_town_or_an_age_holds_the_quote() -> None:
    for line in (
        "One reader, Ama from Hull, emailed to say: “Bring back the dog.” Noted, Ama.",
        "One teen fan, Bea, 16, from Hull, said: “I have watched since I was twelve.”",
    ):
        assert _served(line) == [], line


def test_a_full_name_beside_the_label_is_still_credited() -> None:
    line = "One viewer, Ama Osei from Hull, emailed to say: “Bring back the dog.”"
    assert _served(line) == [("Ama Osei", "person")]


def test_a_first_word_with_no_age_or_town_is_not_held_or_credited() -> None:
    for line in (
        "One reader, Bea, emailed to say: “No more dogs on screen.”",
        "One reader, Lumen, said: “No more dogs on screen.”",
    ):
        served = _served(line)
        assert served and all(source != "person" for _, source in served), (line, served)
