"""A name that only qualifies the group that speaks ("Lantern Row trio tease the finale:") is no
subject a quote can be credited to; a name that is the subject itself ("Ada Vale teases the
finale:") still is."""

from bot.extract.speaker_reach import item_subjects


def test_a_group_named_by_a_work_is_not_the_work() -> None:
    subjects = [raw for _, raw in item_subjects("Lantern Row trio tease the finale at a fan day: ")]
    assert "Lantern Row" not in subjects


def test_a_group_named_by_a_person_is_not_the_person() -> None:
    subjects = [raw for _, raw in item_subjects("Ada Vale fans give their verdict: ")]
    assert "Ada Vale" not in subjects


def test_a_name_that_is_the_subject_stays() -> None:
    subjects = [raw for _, raw in item_subjects("Ada Vale teases the finale at a fan day: ")]
    assert subjects == ["Ada Vale"]
