"""Review mends of round 193: sentences written otherwise than the round's examples, each
checking that a rule takes the kind of writing it was meant for and no more. Invented text."""

from __future__ import annotations

import datetime as dt

from tests.extract.helpers import facts


def _served_premieres(*paragraphs: str) -> set[dt.date]:
    found = facts(*paragraphs, date="2026-01-10", title="Gull Harbour")
    return {
        r.date for r in found.release if r.served and r.kind.value == "premiere_date" and r.date
    }


def test_a_cinema_day_after_a_festival_day_is_the_release() -> None:
    assert dt.date(2026, 3, 14) in _served_premieres(
        "Gull Harbour will premiere on 22 January 2026 at the Sundance Film Festival.",
        "The film also arrives on Rivelo on 14 March.",
    )
    assert dt.date(2026, 3, 14) in _served_premieres(
        "Gull Harbour gets a preview screening on 20 January 2026 at the BFI.",
        "The series also lands on Rivelo on 14 March.",
    )


def test_a_second_channel_after_a_streamer_day_is_still_held() -> None:
    assert _served_premieres(
        "Gull Harbour arrives on Rivelo on 6 February 2026.",
        "The drama will also air on Channel 4 from 2 April.",
    ) == {dt.date(2026, 2, 6)}


def _hedged(sentence: str) -> dict[str, bool]:
    found = facts(
        "Gull Harbour is the new drama from Marsh Gate.",
        sentence,
        date="2026-06-10",
        title="Gull Harbour",
    )
    return {r.kind.value: r.hedged for r in found.release if r.kind.value != "title"}


def test_a_shoot_day_closed_by_word_passed_on_is_hedged() -> None:
    for tail in (
        "the Echo understands",
        "we're told",
        "I'm told",
        "it's understood",
        "as we understand it",
    ):
        assert _hedged(f"Filming on Gull Harbour began in Cork on 4 May, {tail}.") == {
            "filming_started": True
        }, tail
    assert _hedged("Filming on Gull Harbour wrapped in Cork on 4 May (we understand).") == {
        "filming_wrapped": True
    }


def test_a_shoot_day_told_to_readers_or_by_a_named_hand_is_not_hedged() -> None:
    assert _hedged("Filming on Gull Harbour began in Cork on 4 May, as we told readers.") == {
        "filming_started": False
    }
    assert _hedged("Gull Harbour arrives on Rivelo on 3 September, we're told by Rivelo.") == {
        "premiere_date": False
    }


def test_the_works_own_rumour_after_a_conjunction_leaves_its_time_plain() -> None:
    assert _hedged(
        "Gull Harbour arrives on Rivelo on 3 September and is rumoured to run to ten episodes."
    ) == {"premiere_date": False}
    assert _hedged("Gull Harbour's premiere on 3 September has been widely rumoured.") == {
        "premiere_date": True
    }


def _cast(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Gull Harbour is the new drama from Marsh Gate.",
        sentence,
        date="2026-06-10",
        title="Gull Harbour",
    )
    return {(c.actor, c.character) for c in found.cast if c.served}


def test_a_titled_part_ending_in_a_formats_noun_is_still_a_part() -> None:
    assert ("Ada Vale", "Captain Action") in _cast(
        "The cast includes Ada Vale (Captain Action), Tom Hale (Mira Holt) and Kit Oduya (Ben Roe)."
    )
    assert ("Tom Hale", "Doctor Horror") in _cast(
        "The cast includes Ada Vale (Mira Holt) and Tom Hale (Doctor Horror)."
    )


def test_a_language_no_nationality_names_or_a_dubs_edition_is_the_dubs_voice() -> None:
    assert not _cast(
        "The Polish dub has Kai Lund voicing Mira, and the Mandarin version has Li Wen as Tom."
    )
    assert not _cast(
        "The Polish dub has Kai Lund voicing Mira, while the Danish edition has Ana Ruiz as Tom."
    )
    assert ("Ana Ruiz", "Tom") in _cast(
        "Gull Harbour stars Ana Ruiz as Tom; the Mandarin version, a dub, arrives in May."
    )


def _interview_crew(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Greta Vance, who wrote Gull Harbour, talks about the last day of the shoot.",
        sentence,
        title="Greta Vance on finishing Gull Harbour",
    )
    return {(c.name, c.role.value) for c in found.crew if c.served}


def test_an_added_surname_of_two_words_or_after_a_particle_completes_the_credit() -> None:
    assert ("Siobhán Ní Chonghaile", "director") in _interview_crew(
        "Our director, Siobhán [Ní Chonghaile], and I spoke every night."
    )
    assert ("Tam van Ruddock", "director") in _interview_crew(
        "Our director, Tam [van Ruddock], and I spoke every night."
    )


def _crew(sentence: str) -> set[tuple[str, str]]:
    found = facts(
        "Gull Harbour is the new drama from Marsh Gate.",
        sentence,
        date="2026-06-10",
        title="Gull Harbour",
    )
    return {(c.name, c.role.value) for c in found.crew if c.served}


def test_other_credit_verbs_in_the_perfect_after_an_age_credit_the_name() -> None:
    assert ("Tom Hale", "composer") in _crew(
        "Tom Hale, 34, has composed the score for Gull Harbour."
    )
    assert ("Tom Hale", "creator") in _crew("Tom Hale, 34, has created the series.")
    assert ("Tom Hale", "writer") in _crew(
        "Tom Hale, 34, whose last series was Tin Lane, has written the screenplay."
    )


def test_a_second_makers_clause_without_which_said_again_credits_both() -> None:
    assert {("Tom Hale", "writer"), ("Ada Vale", "director")} <= _crew(
        "Gull Harbour, which Tom Hale wrote and Ada Vale directed, arrives in May."
    )
    loved = _crew("Gull Harbour, which Tom Hale wrote and Ada Vale loved, arrives in May.")
    assert not any(name == "Ada Vale" for name, _ in loved)


def _quotes(*paragraphs: str) -> dict[str, bool]:
    found = facts(
        "Gull Harbour is the new drama from Marsh Gate, starring Ada Vale.",
        *paragraphs,
        date="2026-06-10",
        title="Gull Harbour",
    )
    return {q.text: q.served for q in found.quotes}


def test_words_ruled_out_as_a_plea_in_other_words_are_no_ones() -> None:
    for verdict in ("doesn't count as a source", "is hardly a source"):
        assert _quotes("Fans argued all week on the forum.", f"“My cousin saw it” {verdict}.") == {
            "My cousin saw it": False
        }, verdict


def _trailer_quotes(paragraph: str) -> dict[str, bool]:
    found = facts(
        "Channel 4 released the first trailer for Tidewater, the coastal drama, on Monday.",
        paragraph,
        title="Tidewater trailer: five things we spotted",
    )
    return {q.text[:16]: q.served for q in found.quotes}


def test_words_heard_after_an_actor_back_in_other_words_are_the_parts_line() -> None:
    for back, heard in (
        ("reprises her role as", "We only hear"),
        ("turns up as", "We only hear"),
        ("is back as", "All we hear is"),
        ("returns as", "We hear her say"),
    ):
        assert _trailer_quotes(
            f"Elin Parry {back} Jory’s sister. {heard} “Nobody leaves this harbour twice”"
            " before the music swells."
        ) == {"Nobody leaves th": False}, back


def test_a_relayed_he_after_a_subject_told_as_she_is_still_hers_to_tell() -> None:
    found = facts(
        "Gull Harbour is the new drama from Marsh Gate, starring Ada Vale.",
        "Ada Vale laughed as she told us about her first day.",
        "“He said, ‘Take two,’ and I just froze.”",
        date="2026-06-10",
        title="Gull Harbour",
    )
    assert [(q.speaker, q.served) for q in found.quotes] == [("Ada Vale", True)]


def test_stepping_or_taking_over_behind_the_camera_in_other_tenses_credits_the_director() -> None:
    for verb in ("steps", "will take over", "has taken over", "stepped back"):
        assert ("Tom Hale", "director") in _crew(
            f"Tom Hale {verb} behind the camera for the second series."
        ), verb
