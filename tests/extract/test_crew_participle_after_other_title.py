"""A participle credit right after another work's title is that work's credit, not the
article's (invented sentences)."""

from __future__ import annotations

from tests.extract.helpers import credits, facts

_TITLE = "Lantern Bay: the film adaptation starts shooting"


def test_directed_by_after_a_stage_title_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Last spring Vale was at the Almeida in The Rose of Lima, directed by Petra Novak, "
        "playing the lead.",
        title=_TITLE,
    )
    assert ("director", "Petra Novak") not in credits(found)


def test_directed_by_after_a_quoted_title_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "She also toured in “Glasshouse”, directed by Omar Quint, before the shoot.",
        title=_TITLE,
    )
    assert ("director", "Omar Quint") not in credits(found)


def test_directed_by_after_the_articles_own_title_is_credited() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Lantern Bay, directed by Ines Morrow, opens in May.",
        title=_TITLE,
    )
    assert ("director", "Ines Morrow") in credits(found)


def test_another_titles_passive_credit_is_no_credit() -> None:
    found = facts(
        "Lantern Bay is coming to the big screen.",
        "Hear the whole interview wherever you get your podcasts. The Wide Hour is produced by"
        " Halvard Brune.",
        title=_TITLE,
    )
    assert ("producer", "Halvard Brune") not in credits(found)


def test_the_articles_own_titles_passive_credit_is_credited() -> None:
    found = facts(
        "The Wide Hour is coming to the big screen.",
        "Hear the whole interview wherever you get your podcasts. The Wide Hour is produced by"
        " Halvard Brune.",
        title="The Wide Hour: the film adaptation starts shooting",
    )
    assert ("producer", "Halvard Brune") in credits(found)
