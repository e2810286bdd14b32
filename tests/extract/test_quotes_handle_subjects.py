"""A territory handle that is itself the sentence's subject is the account's own voice."""

from tests.extract.helpers import facts


def _speaker(found, start: str) -> list[str]:
    return [q.speaker for q in found.quotes if q.text.startswith(start) and q.served]


def test_a_territory_handle_opening_its_sentence_is_the_handle() -> None:
    for line in (
        "@BrindlewickUK kept it brief: “One harbour. One summer. Coming soon.”",
        "@BrindlewickUK posted the poster on Monday: “One harbour. One summer. Coming soon.”",
        "“One harbour. One summer. Coming soon,” @BrindlewickUK posted alongside the clip.",
    ):
        found = facts(
            "The first teaser for The Copper Sorrel landed on Monday evening.",
            "Brindlewick released the clip at 6pm, and fans took it well.",
            line,
            "A Brindlewick spokesperson told us the date “is fixed”.",
            date="2026-06-02",
            title="The Copper Sorrel teaser: the reactions",
        )
        assert _speaker(found, "One harbour") == ["@BrindlewickUK"], line


def test_a_territory_handle_named_inside_a_phrase_is_not_the_handle() -> None:
    for line in (
        "The post from @BrindlewickUK said: “One harbour. One summer. Coming soon.”",
        "The official @BrindlewickUK account wrote: “One harbour. One summer. Coming soon.”",
    ):
        found = facts(
            "Brindlewick announced on Monday that The Copper Sorrel arrives in May.",
            line,
            date="2026-06-02",
            title="The Copper Sorrel gets a date",
        )
        assert "@BrindlewickUK" not in _speaker(found, "One harbour"), line
