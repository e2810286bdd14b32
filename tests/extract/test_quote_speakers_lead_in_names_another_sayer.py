"""A quote whose own lead-in names another sayer than the one a search found ("And from
@moss_and_tea: “...”", "User u/fernhollow was blunter: “...”", "One fan, Priya, 15, told us
“...”") is credited to no one, or held, rather than served as the fan's or account's met before
it; a lead-in that names only the speaker credited stays as it was."""

from bot.facts import QuoteFact
from tests.extract.helpers import facts


def _quote(words: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if words in q.text)


_OPENER = "Tidewater Lane arrived on Thursday, and the first reactions came quickly."


def test_an_account_after_an_earlier_fan() -> None:
    found = _quote(
        "porch scene",
        _OPENER,
        "The first viewers were delighted. From @moss_and_tea on X: “I was crying by minute "
        "four.” And from @lanternhollow: ‘the porch scene with Ida. that is all.’",
    )
    assert found.speaker != "The first viewers"
    assert not found.speaker or found.speaker == "@lanternhollow"


def test_a_forum_user_after_another_account() -> None:
    found = _quote(
        "Which town",
        _OPENER,
        "“I have watched it nine times,” wrote @quietgullfan on X. User u/fernhollow on Reddit "
        "was blunter: “The sign says ‘Marsh End’. Which town, Petra??”",
    )
    assert found.speaker != "@quietgullfan"


def test_a_name_beside_an_unnamed_label() -> None:
    found = _quote(
        "two cousins",
        _OPENER,
        "One fan, Priya, 15, from Hove, told us she had come with “two cousins and a flask of "
        "tea”.",
    )
    assert found.speaker != "One fan" or not found.served


def test_the_credited_account_in_its_own_lead_in_stays() -> None:
    found = _quote(
        "nine times",
        _OPENER,
        "Fans were quick to react. “I have watched it nine times,” wrote @quietgullfan on X.",
    )
    assert found.speaker == "@quietgullfan"
