"""Review mends of round 201: each test tells apart what a rule of that round served too
widely and what it still serves (invented articles)."""

from __future__ import annotations

import datetime as dt

from bot.facts import CrewRole, ReleaseKind
from tests.extract.helpers import facts

_INTERVIEW_LEDE = "A week before Brackenmoor opens, we met Tove Lindqvist-Aré in a Galway bar."
_INTERVIEW_BODY = "Lindqvist-Aré, who plays the ferrywoman, orders tea. The film opens on 9 June."


def _headlined_credits(title: str) -> set[tuple[str, CrewRole]]:
    found = facts(_INTERVIEW_LEDE, _INTERVIEW_BODY, date="2026-06-01", title=title)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_headlines_job_on_a_work_the_body_never_names_is_no_credit() -> None:
    for title in (
        "Tove Lindqvist-Aré on directing Quillhaven: ‘I was out of my depth’",
        "‘Cut it to the bone’: Tove Lindqvist-Aré on editing Harpers",
    ):
        assert not any(n == "Tove Lindqvist-Aré" for n, _ in _headlined_credits(title)), title


def test_a_headlines_job_on_the_work_the_body_names_is_still_a_credit() -> None:
    title = "‘Cellos and gulls’: Tove Lindqvist-Aré on scoring Brackenmoor"
    assert ("Tove Lindqvist-Aré", CrewRole.COMPOSER) in _headlined_credits(title)


_MAKING_TITLE = "Cold light: the making of Brackenmoor"
_MAKING_LEDE = "Brackenmoor, the new film, reaches cinemas in June."


def _described_credits(*paragraphs: str) -> set[tuple[str, CrewRole]]:
    found = facts(_MAKING_LEDE, *paragraphs, date="2026-06-01", title=_MAKING_TITLE)
    return {(c.name, c.role) for c in found.crew if c.served}


def test_a_post_told_after_a_passing_actor_or_critic_is_not_theirs() -> None:
    for paragraph in (
        "Órla Vance-Düring plays the ferrywoman, and Órla Vance-Düring is superb."
        " The Oscar-winning cinematographer shot Brackenmoor on 35mm.",
        "Critic Órla Vance-Düring loathed it. Órla Vance-Düring is rarely wrong."
        " The Irish editor cut Brackenmoor in a shed near Sligo.",
    ):
        assert not any(n == "Órla Vance-Düring" for n, _ in _described_credits(paragraph))


def test_a_post_told_of_the_subject_the_standfirst_names_is_still_theirs() -> None:
    found = facts(
        "Órla Vance-Düring on lenses, rain and the new Brackenmoor film.",
        "Órla Vance-Düring has never owned a television. “I read,” she says.",
        "The Sligo-born cinematographer, 41, shot Brackenmoor on 35mm.",
        date="2026-06-01",
        title=_MAKING_TITLE,
    )
    assert ("Órla Vance-Düring", CrewRole.CINEMATOGRAPHER) in {
        (c.name, c.role) for c in found.crew if c.served
    }


def test_a_post_on_what_the_title_owns_is_no_credit_on_the_title() -> None:
    for sentence in (
        "Eoghan Ruiz-Pålsson was the director on Brackenmoor's first series, long before this.",
        "Eoghan Ruiz-Pålsson, 50, is the editor of Brackenmoor’s sister show, Gullcroft.",
    ):
        assert not any(n == "Eoghan Ruiz-Pålsson" for n, _ in _described_credits(sentence))


def test_a_post_on_the_title_itself_is_still_a_credit() -> None:
    found = _described_credits(
        "Eoghan Ruiz-Pålsson, 50, who grew up in Mayo, is the director of photography on"
        " Brackenmoor."
    )
    assert ("Eoghan Ruiz-Pålsson", CrewRole.CINEMATOGRAPHER) in found


_REACTIONS_LEDE = "Fans have had their say on the first Brackenmoor teaser."


def _quote_speaker(*paragraphs: str) -> str:
    found = facts(_REACTIONS_LEDE, *paragraphs, date="2026-06-01")
    return next(q.speaker for q in found.quotes if q.text.startswith("Ní féidir"))


def test_a_post_from_a_handle_after_a_reply_or_a_share_is_not_the_posters() -> None:
    for paragraph in (
        "One viewer replied: “Ní féidir liom fanacht.” The post, from @gullcroft_tv, had been"
        " up an hour.",
        "A fan shared the clip: “Ní féidir liom fanacht.” The video, from @gullcroft_tv, has"
        " two million views.",
    ):
        assert _quote_speaker(paragraph) != "@gullcroft_tv", paragraph


def test_a_post_from_a_handle_after_ones_own_post_is_still_the_posters() -> None:
    paragraph = (
        "One viewer posted: “Ní féidir liom fanacht.” The post, from @saoirse_reads, has been"
        " shared 900 times."
    )
    assert _quote_speaker(paragraph) == "@saoirse_reads"


def _shoot_starts(sentence: str) -> set[object]:
    found = facts(
        "Brackenmoor, the new Lumen film, is nearly here.",
        sentence,
        date="2026-03-02",
        title="Brackenmoor: all we know",
    )
    return {r.date or r.window for r in found.release if r.kind is ReleaseKind.FILMING_STARTED}


def test_a_shoot_from_a_day_of_a_work_set_in_apposition_is_not_ours() -> None:
    for sentence in (
        "Her last film, Gullcroft, was shot in Sligo from 3 May 2024.",
        "Ní Rían’s debut feature, Saltwick Ness, was filmed on Achill from 9 March 2023.",
    ):
        assert not _shoot_starts(sentence), sentence


def test_our_own_shoot_from_a_day_still_gives_its_start() -> None:
    assert _shoot_starts("The film was shot in Sligo and Mayo from 14 July 2025.") == {
        dt.date(2025, 7, 14)
    }


def _statuses(sentence: str) -> set[tuple[str, str, str]]:
    found = facts(
        "Brackenmoor, the new Lumen film, is nearly here.",
        sentence,
        date="2026-03-02",
        title="Brackenmoor: all we know",
    )
    return {(c.actor, c.character, c.status.name) for c in found.cast}


def test_a_forced_leaving_of_something_else_keeps_the_casting_current() -> None:
    for sentence in (
        "Saoirse Ó Dálaigh-Venn was cast as Marram but had to step away from social media.",
        "Saoirse Ó Dálaigh-Venn was cast as Marram and decided to leave the flat in Derry.",
        "Saoirse Ó Dálaigh-Venn was cast as Marram but chose to quit her job at the bakery.",
    ):
        assert ("Saoirse Ó Dálaigh-Venn", "Marram", "CURRENT") in _statuses(sentence), sentence


def test_a_forced_leaving_of_the_part_is_still_former() -> None:
    for sentence in (
        "Saoirse Ó Dálaigh-Venn was cast as Marram but had to step away from the project.",
        "Saoirse Ó Dálaigh-Venn was cast as Marram but was forced to withdraw for health reasons.",
    ):
        assert ("Saoirse Ó Dálaigh-Venn", "Marram", "FORMER") in _statuses(sentence), sentence
