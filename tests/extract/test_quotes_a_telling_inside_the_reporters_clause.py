"""Words the reporter's clause gives to someone unnamed who told the reporter ("Vale recalls a
runner telling her, “...”"; "She added that a boy from Leeds had told her he had “...”") are
not the reporter's: unattributed, never credited to the one who recalls them."""

from __future__ import annotations

from tests.extract.helpers import facts, served_quotes

_LEDE = (
    "Filming on Brackwater, the new Corvale drama starring Mina Ostrander, wrapped last week "
    "in Fenhurst."
)


def _credit(found: list[tuple[str, str]], start: str) -> str | None:
    return next((speaker for text, speaker in found if start.startswith(text)), None)


def test_an_unnamed_runner_telling_the_reporter_is_not_the_reporters_words() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Ostrander recalls a runner telling her, on the first morning, “Keep your boots on, "
            "the tide is early.”",
        )
    )
    assert _credit(found, "Keep your boots on") != "Mina Ostrander"


def test_an_unnamed_someone_who_told_the_reporter_is_not_the_reporter() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Café owner Dilys Pemberton-Ruane said: “It has been busy, busy, busy.”",
            "She added that one lad from Doncaster had told her he had “come on three buses”.",
        )
    )
    assert _credit(found, "come on three buses") != "Dilys Pemberton-Ruane"


def test_the_reporter_telling_others_keeps_the_words() -> None:
    found = served_quotes(
        facts(
            _LEDE,
            "Ostrander said she had told the crew on the last day: “You were the best bunch "
            "I have ever had.”",
        )
    )
    assert _credit(found, "You were the best bunch") == "Mina Ostrander"
