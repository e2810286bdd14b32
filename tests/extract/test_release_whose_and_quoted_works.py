"""Times that belong to someone else's work, on invented text: a "whose" clause telling a
person's own play, tour or film (its opening is not ours), and another work in quotation marks
that is the subject of a release verb mid-sentence; a re-release or reissue, never a first
release. Our own film in either shape keeps its date."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Ondine Marsh joins Paper Harbour as filming begins"


def _kinds(*paragraphs: str, date: str = "2026-02-10") -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=date, title=_TITLE)


def test_a_persons_whose_clause_opening_dates_nothing_of_ours() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Marsh, whose stage run in Cressida at the Almeida begins in May, joins as a lighthouse "
        "keeper.",
        "Ondine, whose debut album arrives in April, posted a photo from the set.",
        "The writer, whose own debut novel arrives on 12 June, is adapting the scripts herself.",
    )
    assert kinds == set()


def test_our_film_in_a_whose_clause_keeps_its_date() -> None:
    kinds = _kinds(
        "Paper Harbour, whose premiere was set for March, now opens on 14 May 2026.",
    )
    assert ("premiere_date", "2026-05-14", False) in kinds
    kinds = _kinds(
        "The drama, whose second season was due in March, now opens on 14 May 2026.",
    )
    assert ("premiere_date", "2026-05-14", False) in kinds


def test_another_quoted_work_told_mid_sentence_is_not_ours() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Its director said last week that “Cold Lamps” would get a 4K re-release on 3 April.",
        "Marsh added that 'Brightwater' finally lands on streaming in September.",
    )
    assert kinds == set()


def test_our_quoted_title_mid_sentence_keeps_its_date() -> None:
    kinds = _kinds(
        "Sky confirmed on Monday that “Paper Harbour” will premiere on 14 May 2026.",
    )
    assert ("premiere_date", "2026-05-14", False) in kinds


def test_a_second_outing_is_never_the_release() -> None:
    kinds = _kinds(
        "Paper Harbour is Sky's new coastal drama.",
        "Paper Harbour's pilot gets a 4K re-release on 3 April.",
        "The original film returns to cinemas in a remastered edition in October.",
    )
    assert kinds == set()


_GULL = "Ondine Marsh joins Gull Point as filming nears"


def test_a_shoot_after_a_persons_whose_clause_told_as_done_is_ours() -> None:
    kinds = release_kinds(
        "Ondine Marsh is set to star in Gull Point, a coastal drama from Ann Ray.",
        "Ray, whose debut Quietly won a prize at Brennholm in 2023, wrote the script. Production "
        "is set to begin in Skelder in April.",
        date="2026-02-10",
        title=_GULL,
    )
    assert ("filming_planned", "2026-04", False) in kinds


def test_a_persons_whose_clause_told_as_done_still_dates_nothing_of_ours() -> None:
    kinds = release_kinds(
        "Ondine Marsh is set to star in Gull Point, a coastal drama from Ann Ray.",
        "Ray, whose debut Quietly opened on 4 February, wrote the script.",
        date="2026-02-10",
        title=_GULL,
    )
    assert not {kind for kind in kinds if kind[0] == "premiere_date"}
