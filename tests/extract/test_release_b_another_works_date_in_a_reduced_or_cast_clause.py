"""Another work's day, hung on its name without a "which" ("makes her debut with Tin Lid,
released in cinemas on 2 May") or after a clause of who played in it ("after Tin Lid, in which
she played a nun, hit cinemas on 2 May"), is that work's, not the article's film's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Box office: 'Copper Bay' holds on at No 1"
_LEDE = "Copper Bay stayed top for a second weekend after its release on Friday 3 April."


def test_a_reduced_release_clause_dates_the_other_work() -> None:
    for sentence in (
        "Next weekend: Gull Point director Ada Vale makes her debut with Tin Lid, released in"
        " cinemas on 24 April.",
        "Coming soon is Rowan Hale's Tin Lid, opening nationwide on 24 April.",
    ):
        found = release_kinds(_LEDE, "Copper Bay took £2m.", sentence, date="2026-04-13",
                              title=_TITLE)  # fmt: skip
        assert ("premiere_date", "2026-04-03", False) in found, sentence
        assert not any(when == "2026-04-24" for _, when, _ in found), sentence


def test_a_cast_clause_before_the_release_verb_dates_the_other_work() -> None:
    for sentence in (
        "It comes just after Tin Lid, in which Ada Vale played a nervous nun, hit cinemas on"
        " 24 March.",
        "This follows Gull Point, in which she starred as a ferry pilot, landed on streaming on"
        " 24 March.",
    ):
        found = release_kinds(_LEDE, "Copper Bay took £2m.", sentence, date="2026-04-13",
                              title=_TITLE)  # fmt: skip
        assert not any(when == "2026-03-24" for _, when, _ in found), sentence


def test_our_own_reduced_clause_stays_a_release() -> None:
    for sentence in (
        "Copper Bay, opening in cinemas on 3 April, is the studio's biggest bet of the year.",
        "Netflix's new drama Copper Bay, arriving on 3 April, stars Ada Vale.",
    ):
        found = release_kinds(sentence, date="2026-03-12", title="Copper Bay: everything we know")
        assert ("premiere_date", "2026-04-03", False) in found, sentence


def test_a_work_a_profiles_subject_is_in_stays_ours() -> None:
    found = release_kinds(
        "Rowan Hale has spent five years proving he is more than a ferry pilot.",
        "But the part kept pulling him back. In Copper Bay Forever, released on Netflix on 3"
        " April, he plays the pilot for the last time.",
        date="2026-05-21",
        title="Rowan Hale: the boy who outgrew the role that made him",
    )
    assert ("premiere_date", "2026-04-03", False) in found
