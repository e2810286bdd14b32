"""A post labelled by its site and its user's handle ("X user @name: “...”") is the account's,
as a plain "@name: “...”" is; not whoever the sentence before was about. A handle that is a
sentence's subject, with its own verb before a later colon, labels nothing."""

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts

_OPENING = "Tidewater, the Oban ferry drama starring Dorran Vey, returned to Lumen on Friday."


def _quote(text: str, *paragraphs: str) -> QuoteFact:
    return next(q for q in facts(*paragraphs).quotes if q.text.startswith(text))


def test_a_site_users_label_is_the_accounts() -> None:
    for label, handle in (
        ("X user @gull_watch:", "@gull_watch"),
        ("Instagram user @gull_watch:", "@gull_watch"),
        ("Reddit user u/gull_watch wrote:", "u/gull_watch"),
    ):
        quote = _quote(
            "THE COAT",
            _OPENING,
            f"Dorran Vey waves from the steps in last year's coat. {label} “THE COAT. I cannot.”",
        )
        assert (quote.speaker, quote.source) == (handle, SourceKind.ORGANISATION), label


def test_a_handle_with_its_own_verb_labels_nothing() -> None:
    quote = _quote(
        "THE COAT",
        _OPENING,
        "The X user @gull_watch was blocked by the studio. Then: “THE COAT. I cannot.”",
    )
    assert quote.speaker != "@gull_watch"
