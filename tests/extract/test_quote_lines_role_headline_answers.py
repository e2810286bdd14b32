"""A Q&A whose headline names the guest by role alone ("Kestrel Reach's cinematographer on
...") and whose lede sets the guest beside that role ("Its director of photography, Wenna
Treloar, spoke to us") prints its bare answers as that guest's: the two names of one role are
one role."""

from __future__ import annotations

import datetime as dt

from bot.extract import extract_facts
from bot.facts import Article
from tests.extract.helpers import served_quotes

_TITLE = "“We lit it like a fading photo”: Kestrel Reach’s cinematographer on the long shoot"


def _qa(intro: str) -> list[tuple[str, str]]:
    paras = (
        intro,
        "How did you come to the series?",
        "Pell Dunmore had seen my short and rang me. I said yes before he finished.",
        "Where did you shoot?",
        "We started in Bryher Cove in May and wrapped in the rain, which felt right.",
        "What was the hardest day?",
        "The night at the harbour. We had four hours of dark and I used every minute.",
        "What’s next?",
        "A feature in Morvah next spring, which I can’t talk about yet.",
    )
    article = Article(dt.date(2026, 4, 24), "On lighting a farewell.", _TITLE, paras)
    return served_quotes(extract_facts(article))


def test_the_guest_set_beside_the_headlines_role_answers() -> None:
    found = _qa(
        "Kestrel Reach arrived on Netflix last Friday. Its director of photography, Wenna "
        "Treloar, spoke to us from Truro. This interview has been edited for length."
    )
    assert ("We started i", "Wenna Treloar") in found
    assert ("A feature in", "Wenna Treloar") in found


def test_a_person_beside_another_role_does_not_answer() -> None:
    found = _qa(
        "Kestrel Reach arrived on Netflix last Friday. Its editor, Wenna Treloar, cut it in "
        "Truro. This interview has been edited for length."
    )
    assert all(speaker != "Wenna Treloar" for _, speaker in found)
