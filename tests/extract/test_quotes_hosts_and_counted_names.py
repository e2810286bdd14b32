"""A show's host asks and the guest answers; a count of things named is no unnamed source."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_HEADLINE = "Dara Pike says goodbye to Ferrous Bay"


def test_described_guest_after_a_named_host_is_the_guest() -> None:
    found = facts(
        "Dara Pike has looked back on the last weeks of filming.",
        "Speaking on the latest episode of the Quiet Hours Club podcast with host Wren Talloway, "
        "the actor, who has played Quillon since the start, said the crew spent the last week "
        "“just refusing to go home”.",
        "“The final day was the 3rd of May and nobody left,” he said.",
        title=_HEADLINE,
    )
    speakers = {speaker for _, speaker in served_quotes(found)}
    assert speakers == {"Dara Pike"}


def test_described_guest_after_a_presenter_in_other_words() -> None:
    found = facts(
        "Dara Pike was the week's guest on Late Supper.",
        "In conversation with presenter Odile Marsh, the star, who joined the show in its second "
        "year, said the finale was “the hardest week I have had”.",
        title=_HEADLINE,
    )
    assert {speaker for _, speaker in served_quotes(found)} <= {"Dara Pike"}
    assert "Odile Marsh" not in {q.speaker for q in found.quotes}


def test_pronoun_the_host_turns_to_is_not_the_host() -> None:
    found = facts(
        "Dara Pike joined host Wren Talloway on the Quiet Hours Club podcast this week.",
        "When Talloway pressed him on a return date, he laughed. “I really could not say.”",
        title=_HEADLINE,
    )
    assert "Wren Talloway" not in {q.speaker for q in found.quotes}


def test_a_host_who_speaks_keeps_her_words() -> None:
    found = facts(
        "Presenter Wren Talloway is hosting the panel, with Dara Pike on stage.",
        "Talloway wastes no time. “Who here has seen the finale?” she asked the hall.",
    )
    assert ("Who here has", "Wren Talloway") in [(q.text[:12], q.speaker) for q in found.quotes]


def test_a_count_then_a_capitalised_name_is_no_unnamed_source() -> None:
    found = facts(
        "Mirela Stanek has worked on stage for thirty years.",
        "Three Pellingham nominations followed, for Saltcombe Rise in 2009 and Grey Wharf in 2014.",
        "“Every part was a nurse, or a nurse’s sister,” she says.",
    )
    assert all(not q.speaker.startswith("Three") for q in found.quotes)


def test_counted_names_in_other_words() -> None:
    found = facts(
        "Teodor Lisk began as a drummer.",
        "Several Ostrava Prize wins came later, in 2012 and 2015.",
        "“I never expected any of it,” he says.",
    )
    assert all(not q.speaker.startswith("Several") for q in found.quotes)


def test_a_film_makers_surname_owning_the_film_is_the_film_maker() -> None:
    found = facts(
        "Zdenka Farrowby’s harbour mystery leads the awards field with nine nominations.",
        "Zdenka Farrowby’s ‘Quarry Hymns’ is the film to beat this season.",
        "“I wrote it for my grandmother,” Farrowby said on Monday.",
        title="Quarry Hymns leads the awards field",
    )
    assert [(q.speaker, q.speaker_is_person) for q in found.quotes] == [("Zdenka Farrowby", True)]


def test_a_surname_owning_a_work_in_other_words() -> None:
    found = facts(
        "Director Tamsyn Quellbrook’s new comedy has been picked up for a second run.",
        "“We never thought it would travel,” Quellbrook told us.",
    )
    assert all(q.speaker_is_person for q in found.quotes)
