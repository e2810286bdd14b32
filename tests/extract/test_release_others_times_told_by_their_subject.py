"""Times whose subject is not the work: figures that will be out, an interview that was
broadcast, a counted set of other releases, another owner's debut that screened, a story's season
after the characters a synopsis picks up; and a yearless day after "went out" is gone, not next
year's."""

from __future__ import annotations

from tests.extract.helpers import release_kinds

_TITLE = "Tallow Road: everything we know"
_DATE = "2026-03-02"


def _found(*paragraphs: str) -> set[tuple[str, str, bool]]:
    return release_kinds(*paragraphs, date=_DATE, title=_TITLE)


def test_figures_that_will_be_out_are_not_the_works_day() -> None:
    for sentence in (
        "Tallow Road landed last night. A spokesperson said the overnight figures will be out "
        "tomorrow morning.",
        "Tallow Road landed last night. The consolidated ratings are out on Monday 9 March.",
    ):
        found = _found(sentence)
        assert not any(kind == "premiere_date" and day > _DATE for kind, day, _ in found)


def test_a_broadcast_interview_is_not_the_works_day() -> None:
    for sentence in (
        "The following exchange was broadcast on Night Desk on Tuesday 3 March.",
        "This interview was first aired on Tuesday 3 March.",
    ):
        found = _found("Tallow Road is out on Friday 20 March.", sentence)
        assert ("premiere_date", "2026-03-03", False) not in found, sentence
        assert ("premiere_date", "2026-03-20", False) in found, sentence


def test_a_counted_set_of_releases_is_other_titles() -> None:
    for sentence in (
        "Exhibitors are watching next weekend, with three wide releases due on Friday 13 March.",
        "Several new films open on Friday 13 March.",
    ):
        found = _found(sentence)
        assert ("premiere_date", "2026-03-13", False) not in found, sentence


def test_a_single_work_due_keeps_its_day() -> None:
    found = _found("Tallow Road is due in cinemas on Friday 13 March.")
    assert ("premiere_date", "2026-03-13", False) in found


def test_another_owners_debut_that_screened_is_not_ours() -> None:
    found = _found(
        "Tallow Road opens on Friday 20 March.",
        "Odile Brannagh’s debut The Kelp Year, with Ivo Sand as a ferryman, screened on Tuesday "
        "and is due in cinemas on 9 October.",
    )
    assert ("premiere_date", "2026-10-09", False) not in found
    assert ("premiere_date", "2026-03-20", False) in found


def test_a_film_that_went_out_on_a_yearless_day_went_out_in_the_past() -> None:
    found = release_kinds(
        "The film went out on Netflix on 17 February.", date="2026-03-10", title=_TITLE
    )
    assert ("premiere_date", "2027-02-17", False) not in found


def test_the_season_after_the_characters_picked_up_is_the_storys() -> None:
    for sentence in (
        "Tallow Road, streaming from today, picks up Ada Reyes (Nell Orr) and Tom Vale in the "
        "summer before college.",
        "Tallow Road, out today, picks up the twins and their aunt during the winter after the "
        "flood.",
    ):
        found = release_kinds(sentence, date="2026-03-20", title=_TITLE)
        assert not any(kind == "window" for kind, _, _ in found), sentence
