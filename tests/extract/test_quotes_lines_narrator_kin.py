"""A part described as "the narrator's younger sister" in a profile's run of credits does not
make the actor's own words ("a part she describes as “...”") a line spoken in the work."""

from tests.extract.helpers import facts, served_quotes

_LEDE = "Ada Lowe, the new lead of Dusk Harbour, has played sidekicks for a decade."


def test_narrators_kin_part_leaves_the_describers_words_a_quote() -> None:
    found = facts(
        _LEDE,
        "Her first job, at 15, was as the narrator’s older sister Pip in “The Salt Boys” at "
        "the Arcola, a part she describes as “six lines and a hat”. The show transferred.",
    )
    assert served_quotes(found) == [("six lines an", "Ada Lowe")]


def test_narrators_voice_is_still_a_line_of_the_work() -> None:
    found = facts(
        _LEDE,
        "The teaser opens on the harbour while the narrator intones: “Every tide comes back.”",
    )
    assert served_quotes(found) == []
