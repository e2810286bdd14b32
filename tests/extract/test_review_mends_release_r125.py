"""Release facts on invented text (review 125): a "what's next" question put to a guest by
name ("What's next for Okafor?", "What's next for you, Juno?") is still about the guest's next
work when the headline names the guest, so the answer's date is not ours; a broadcast told to
follow is the later run's whether or not a preposition leads its time."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Juno Okafor on Saltreed and what comes after it"
_LEDE = "Juno Okafor talks about Saltreed, the BBC Two thriller she leads."


def test_a_next_question_put_to_the_guest_by_name_keeps_the_answer_s_date_out() -> None:
    for question in ("Q: What’s next for Okafor?", "What’s next for you, Juno?"):
        found = release_kinds(
            _LEDE,
            question,
            "OKAFOR: A two-hander at the Almeida. It opens on 14 September.",
            date="2026-04-02",
            title=_TITLE,
        )
        assert not any(day == "2026-09-14" for _, day, _ in found), question


def test_a_next_question_about_the_work_still_keeps_its_date() -> None:
    found = release_kinds(
        _LEDE,
        "And what comes next for the show?",
        "OKAFOR: More of it. It returns on 14 September.",
        date="2026-04-02",
        title=_TITLE,
    )
    assert ("premiere_date", "2026-09-14", False) in found


def test_a_broadcast_to_follow_on_a_day_is_not_the_premiere() -> None:
    found = release_kinds(
        "Saltreed opens in cinemas on 5 June, with the BBC broadcast to follow on 20 November.",
        date="2026-04-02",
        title="Saltreed gets a cinema run first",
    )
    assert ("premiere_date", "2026-06-05", False) in found
    assert not any(day == "2026-11-20" for _, day, _ in found)
