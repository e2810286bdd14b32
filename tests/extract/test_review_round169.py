"""Review of round 169: invented sentences the round's rules misread, each with its right answer."""

from __future__ import annotations

from bot.facts import ArticleFacts
from tests.extract.helpers import facts, served_credits, served_pairs

_TITLE = "Ilsabet Reach: Perrin Oakes leads Drelmouth's new harbour thriller"
_LEDE = "Ilsabet Reach, Drelmouth's new six-part thriller, starts filming on the coast next month."


def _page(*paragraphs: str) -> ArticleFacts:
    return facts(_LEDE, *paragraphs, title=_TITLE)


def _release(sentence: str) -> set[tuple[str, str | None, bool]]:
    return {
        (fact.kind.value, fact.window, fact.hedged)
        for fact in _page(sentence).release
        if fact.kind.value in ("window", "filming_started")
    }


def test_a_return_to_the_work_as_kin_is_a_part() -> None:
    for line in (
        "Merrow Teale returns to the drama as Ysella’s mum.",
        "Merrow Teale comes back to the show as Ysella’s mum.",
        "Merrow Teale came back as Ysella’s mum.",
    ):
        assert ("Merrow Teale", "Ysella’s mum") in served_pairs(_page(line)), line


def test_kin_at_an_event_is_still_no_part() -> None:
    for line in (
        "Merrow Teale came to the launch as Ysella’s wife.",
        "Merrow Teale was invited to the premiere as Ysella’s wife.",
        "Merrow Teale headed to the screening as Ysella’s wife.",
        "Merrow Teale turned up at the gala as Ysella’s wife.",
    ):
        assert not served_pairs(_page(line)), line


def test_unnamed_reports_hedge_a_shoot_in_other_words() -> None:
    for line in (
        "There are reports that filming began in Penwithick in July.",
        "Fans have traded growing reports that filming began in Penwithick in July.",
        "The cast has been quiet, with reports that filming began in Penwithick in July.",
    ):
        assert ("filming_started", "2024-07", True) in _release(line), line


def test_a_named_outlets_report_still_hedges_nothing() -> None:
    line = "Variety reports that filming began in Penwithick in July."
    assert ("filming_started", "2024-07", False) in _release(line)


def test_an_eye_to_a_release_hedges_it_as_an_eye_on_one_does() -> None:
    for line in (
        "The drama shoots from April in Quarrenby, with an eye to a 2027 release.",
        "The drama shoots from April in Quarrenby, with its eye on a 2027 release.",
    ):
        assert ("window", "2027", True) in _release(line), line


def test_an_eye_to_a_style_hedges_no_date() -> None:
    found = _page(
        "Made with an eye to the thrillers of the 1970s, it opens on Drelmouth on 3 May 2026."
    )
    assert [(f.date.isoformat(), f.hedged) for f in found.release if f.date] == [
        ("2026-05-03", False)
    ]


def test_a_double_nationality_before_star_names_no_show() -> None:
    for nation in ("British-Nigerian", "Irish-American"):
        line = f"On set, {nation} star Perrin Oakes, who plays Tavey, said it was freezing."
        assert ("Perrin Oakes", "Tavey") in served_pairs(_page(line)), nation


def test_a_channels_department_head_in_other_spellings_directs_nothing() -> None:
    for line in (
        "BBC Drama director Sorcha Penhale said the channel was proud of the show.",
        "Channel 4 drama director Sorcha Penhale said the channel was proud of the show.",
        "Drelmouth Studios’ drama director Sorcha Penhale said the channel was proud of the show.",
    ):
        assert ("director", "Sorcha Penhale") not in served_credits(_page(line)), line


def test_a_drama_director_with_no_channel_may_still_direct() -> None:
    line = "Drama director Sorcha Penhale, who made the pilot, will direct all six episodes."
    assert ("director", "Sorcha Penhale") in served_credits(_page(line))
