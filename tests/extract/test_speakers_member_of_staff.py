"""An unnamed someone described as one of a group ("A member of staff at the club said:",
"A member of crew told us:", "A member of the bar staff said:") is an unnamed source: the quote
is never given to the person the sentence before was about."""

from bot.facts import SourceKind
from tests.extract.helpers import facts


def test_member_of_a_group_speaks() -> None:
    for who in (
        "A member of staff at the venue said:",
        "A member of staff said:",
        "A member of staff told us:",
        "One member of staff at the hotel said:",
        "A member of security said:",
        "A member of crew told us:",
        "A member of the bar staff said:",
        "One member of the production team said:",
    ):
        found = [
            (q.speaker, q.source)
            for q in facts(
                "Director Lowen Mensforth, who was hired to run the shoot, was also among the "
                f"guests. {who} “She was lovely, she tipped everyone.”"
            ).quotes
            if q.served
        ]
        assert found and all(source is SourceKind.UNNAMED for _, source in found), (who, found)
