"""A show's host named in a clause ("hosted by comedian X") is not the guest a described
subject ("the 26-year-old said", "the actor said") stands for: the guest's answers are the
guest's."""

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "Marnie Calloway has opened up about leaving Juniper Vale, the role that made her name, "
    "ahead of the final series of Lantern Row in June."
)


def _speakers(second: str) -> set[str]:
    found = facts(_LEDE, second, "“Juniper has been part of me for years,” she said.")
    return {speaker for _, speaker in served_quotes(found)}


def test_a_host_named_after_hosted_by_is_not_the_aged_guest() -> None:
    assert _speakers(
        "Speaking on this week’s episode of the Kettle On podcast, hosted by comedian Desmond "
        "Ashby-Pryce, the 26-year-old said she had been “in pieces” on her last day."
    ) == {"Marnie Calloway"}


def test_a_host_named_after_presented_by_is_not_the_described_guest() -> None:
    assert _speakers(
        "Appearing on Late Tea, the radio show presented by Odalys Fenwick-Roe, the actor said "
        "the last week had been “a blur of goodbyes”."
    ) == {"Marnie Calloway"}


def test_a_co_hosted_show_leaves_the_guest_her_words() -> None:
    assert _speakers(
        "Talking to the Two Chairs podcast, co-hosted by broadcaster Priyanka Delacourt, the "
        "star said she had felt “completely lost” after the wrap."
    ) == {"Marnie Calloway"}
