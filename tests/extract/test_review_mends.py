"""Small mends from a code review, each shown on an invented article."""

from tests.extract.helpers import credits, facts, release_dates, served_pairs


def _quotes(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, bool]]:
    found = facts(*paragraphs, title=title)
    return {q.text[:20]: (q.speaker, q.served) for q in found.quotes}


def test_due_to_shoot_until_a_month_is_a_planned_shoot() -> None:
    found = release_dates("The crew of Copper Bay is due to shoot until November in Cardiff.")
    assert {kind for kind, _, _ in found} == {"filming_planned"}


def test_lines_listed_as_ones_everyone_says_they_love_are_held() -> None:
    found = _quotes(
        "Ada Vale stars in Fernhythe.",
        "Lines from the teaser everyone says they love: “We never left the shore.”",
    )
    assert found["We never left the sh"][1] is False


def test_she_says_after_a_colleague_who_worked_with_her_is_the_subjects() -> None:
    found = _quotes(
        "Ilse Varrow has spent six years as the ferrywoman in Glasswick.",
        "“I grew up on that boat,” she says. “It was home.”",
        "A colleague who has worked with her since drama school puts it simply: “She is ready.”",
        "She drains her tea. “I will miss the boat,” she says.",
        title="Ilse Varrow: ‘The quiet roles are the hard ones’",
    )
    assert found["I will miss the boat"] == ("Ilse Varrow", True)


def test_a_soundtrack_written_by_someone_is_no_writer_credit() -> None:
    found = credits(
        facts("Fernhythe is directed by Ada Vale. The soundtrack was written by Tom Reed.")
    )
    assert ("writer", "Tom Reed") not in found


def test_the_lines_that_come_from_a_part_are_held() -> None:
    found = _quotes(
        "Ada Vale plays Jo Marsh in Fernhythe.",
        "The lines everyone repeats come from Jo: “We never left the shore.”",
    )
    assert found["We never left the sh"][1] is False


def test_a_place_told_at_a_sentence_start_keeps_the_casting_served() -> None:
    found = facts(
        "Kit Lane plays the mayor of Dorrowick, Ada Quennock, in Fernhythe.",
        "In Dorrowick, filming closed the harbour for a week.",
    )
    assert ("Kit Lane", "Ada Quennock") in served_pairs(found)


def test_a_person_at_whose_house_something_happens_is_no_place() -> None:
    found = facts(
        "Kit Lane plays the niece of Vasketh, Ada Quennock, in Fernhythe.",
        "The first scene is set at Vasketh's house on the quay.",
    )
    assert ("Kit Lane", "Ada Quennock") not in served_pairs(found)
