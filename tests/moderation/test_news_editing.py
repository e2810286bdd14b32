"""The news desk's rules: which servers may edit, and which options make an article."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answers.errors import InvalidInput, NotAllowed
from bot.moderation.news_editing import OPERATOR_ONLY, check_editor, draft_article

TODAY = dt.date(2026, 5, 1)


def test_only_the_operators_chosen_servers_may_edit_the_news() -> None:
    check_editor({1, 2}, 2)
    with pytest.raises(NotAllowed) as refused:
        check_editor({1, 2}, 3)
    assert (refused.value.title, str(refused.value)) == ("Not here", OPERATOR_ONLY)


def test_a_draft_defaults_to_today_and_keeps_the_link() -> None:
    draft = draft_article("Title", "Body.", "https://example.invalid/a", None, TODAY)
    assert (draft.date, draft.url) == (TODAY, "https://example.invalid/a")
    assert draft_article("Title", "Body.", None, "2025-04-28", TODAY).date == dt.date(2025, 4, 28)


@pytest.mark.parametrize(
    ("title", "url", "date", "complaint"),
    [
        ("\n\t ", None, None, "The title is empty."),
        ("T", "javascript:alert(1)", None, "The link must start with http://"),
        ("T", "https://a b", None, "contain no spaces"),
        ("T", None, "28/04/2025", "“28/04/2025” is not a date like 2025-04-28."),
    ],
)
def test_an_unusable_option_is_refused_saying_what_would_work(
    title: str, url: str | None, date: str | None, complaint: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        draft_article(title, "Body.", url, date, TODAY)
    assert complaint in str(refused.value)
    assert refused.value.title == "Can't add that"
    assert refused.value.echo == date
