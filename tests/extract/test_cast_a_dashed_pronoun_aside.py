"""An aside set off by dashes on what the named actor plays ("Bryn Tallis – she plays Orla –
rang me first") casts the part, as the bracketed aside does; a past part, or a part "in" some
work, leaves the aside unread (invented articles)."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_TITLE = "Harrowgate Deep: the cast on their last day"
_LEDE = "Harrowgate Deep, the new coastal drama, finished filming in Fife this week."


def test_a_dashed_aside_on_what_the_actor_plays_casts_the_part() -> None:
    for sentence in (
        "When the news came, Bryn Tallis – she plays Orla – rang me first.",
        "Bryn Tallis — who plays Orla Penhale — cried all afternoon.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert any(pair[0] == "Bryn Tallis" and pair[1].startswith("Orla") for pair in found)


def test_a_past_part_or_another_works_part_is_unread() -> None:
    for sentence in (
        "When the news came, Bryn Tallis – she played Orla – rang me first.",
        "When the news came, Bryn Tallis – she plays Orla in Saltmarsh – rang me first.",
    ):
        found = served_pairs(facts(_LEDE, sentence, title=_TITLE))
        assert ("Bryn Tallis", "Orla") not in found, sentence
