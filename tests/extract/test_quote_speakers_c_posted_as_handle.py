"""An unnamed poster named by the handle it posts under ("One viewer posted on X as @x: “...”")
is that handle, never the unnamed "viewer"; a handle the poster only names is not."""

from bot.facts import SourceKind
from tests.extract.helpers import facts

_LEAD = "Tallow Point drew 4.1 million viewers on Sunday, Harrowgate said."


def test_an_unnamed_viewer_posting_as_a_handle_is_the_handle() -> None:
    quotes = facts(
        _LEAD,
        "Not everyone was charmed. One viewer posted on X as @lifeboat_len: "
        "“Rook would never leave the harbour. Still watched all six.”",
    ).quotes
    quote = next(q for q in quotes if q.text.startswith("Rook would never"))
    assert (quote.speaker, quote.source) == ("@lifeboat_len", SourceKind.ORGANISATION)


def test_a_handle_the_viewer_only_writes_to_is_not_the_poster() -> None:
    quotes = facts(
        _LEAD,
        "Not everyone was charmed. One viewer posted a reply to @lifeboat_len: "
        "“Rook would never leave the harbour.”",
    ).quotes
    quote = next(q for q in quotes if q.text.startswith("Rook would never"))
    assert quote.speaker != "@lifeboat_len"
