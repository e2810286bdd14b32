"""Review mends of round 141 (invented text): a "with A as P" aside after a dated work that ours
remakes or adapts keeps the casting ours; a quotation that "read" as a message from or signed by
someone is not an unnamed poster's; and a counted run of seasons told as ours ("filming on the
two seasons, directed by A, begins next spring") keeps its directors."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts, held_pairs, served_crew, served_pairs

_DATE = "2026-03-01"


def test_a_remake_of_a_dated_work_with_a_as_p_casts_ours() -> None:
    for made in ("remake of the 1987 serial", "new adaptation of the 1979 novel"):
        found = facts(
            f"Hesper's {made}, with Orla Brisk as Wren and Ivo Senn as Tam, starts shooting"
            " in Galway next month.",
            date=_DATE,
        )
        assert ("Orla Brisk", "Wren") in served_pairs(found), made
        assert ("Ivo Senn", "Tam") in served_pairs(found), made


def test_a_dated_work_recalled_with_a_as_p_is_still_held() -> None:
    found = facts(
        "Wickerhall starts shooting in Galway next month.",
        "The valley stood in for a 1987 serial, with Orla Brisk as Wren.",
        date=_DATE,
    )
    assert ("Orla Brisk", "Wren") in held_pairs(found)


def test_words_read_as_a_message_from_someone_are_no_unnamed_posters() -> None:
    for tail in ("from the streamer on Monday", "signed by Orla Brisk"):
        found = facts(
            "Wickerhall, a new drama for Hesper, was announced on Monday.",
            f"“We are thrilled to bring Wickerhall home,” read a message {tail}.",
            date=_DATE,
        )
        for quote in found.quotes:
            assert not (quote.source is SourceKind.UNNAMED and quote.speaker == "a message"), tail


def test_words_that_ran_as_one_post_are_still_an_unnamed_posters() -> None:
    found = facts(
        "Wickerhall, a new drama for Hesper, was announced on Monday.",
        "“Nobody asked for this,” ran one angry post.",
        date=_DATE,
    )
    assert any(q.source is SourceKind.UNNAMED for q in found.quotes)


def test_a_counted_run_of_seasons_told_as_ours_keeps_its_directors() -> None:
    found = served_crew(
        "Hesper has ordered two seasons of Wickerhall; filming on the two seasons, directed by"
        " Orla Brisk and Teo Marran, begins in Galway next spring."
    )
    assert ("director", "Orla Brisk") in found
    assert ("director", "Teo Marran") in found


def test_a_counted_run_before_ours_still_credits_no_one() -> None:
    for line in (
        "Wickerhall returns to Hesper for a fourth season, after the three seasons directed by"
        " Orla Brisk and Teo Marran.",
        "Wickerhall returns for a fifth season; the four series, which were directed by Orla"
        " Brisk, ended in 2019.",
    ):
        found = served_crew(line)
        assert ("director", "Orla Brisk") not in found, line
