"""A channel's indefinite gloss on another work sets the part in that work: "Brindle Row, a
Channel 4 drama in which X plays Y" in a piece on a Netflix film is not the film's casting."""

from tests.extract.helpers import facts, pairs, served_pairs


def test_a_part_in_another_channels_glossed_work_is_not_ours() -> None:
    found = facts(
        "Netflix has started filming Vintry Hollow, its new film.",
        "Yselde Talvana plays Corwenna Ostrakey in Vintry Hollow for Netflix.",
        "Talvana also has another job: Brisbury Lane, a Channel 4 drama in which Talvana plays"
        " a ferrywoman, Mags Perrowin, opposite Idris Dellacourt.",
        "Netflix said Vintry Hollow arrives next year.",
        title="Netflix starts filming Vintry Hollow",
    )
    assert ("Yselde Talvana", "Corwenna Ostrakey") in served_pairs(found)
    assert not any(part == "Mags Perrowin" for _, part in pairs(found))


def test_a_gloss_naming_our_own_channel_keeps_the_part() -> None:
    found = facts(
        "Netflix has started filming Vintry Hollow.",
        "Vintry Hollow, a Netflix drama in which Yselde Talvana plays Corwenna Ostrakey, wraps"
        " in May.",
        title="Netflix starts filming Vintry Hollow",
    )
    assert ("Yselde Talvana", "Corwenna Ostrakey") in served_pairs(found)
