"""A what-to-watch guide whose headline names two entries, the first another channel's lead
drama, singles out its own work in the lede ("A BBC drama leads our picks, but Kestrelgate Forever
is the big goodbye"): the entry the lede names is the page's own, so the first entry's credits
and parts are another work's, and an entry's where line may say it is already out
("Streaming now, Netflix")."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs


def _guide(lede: str, second: str = "Kestrelgate Forever") -> list[str]:
    return [
        lede,
        "Quellmarsh (BBC One, Sunday, 9pm)",
        "Odile Penhaligon plays DI Ysolde Marrack, back in her home town. Written by Bastian "
        "Crewe and directed by Perran Vosper, it is a slow burn.",
        f"{second} (Netflix, from today)",
        "The finale follows Dunmere Pike’s Ned through a last summer, and it is a weepie.",
        "Coming soon",
        "Nothing else this week.",
    ]


_TITLE = "What to watch this weekend: Quellmarsh, Kestrelgate Forever and the rest"


def test_the_entry_the_lede_names_is_the_page_own() -> None:
    found = facts(
        *_guide("A new BBC thriller leads our picks, but Kestrelgate Forever is the big goodbye."),
        date="2026-04-17",
        title=_TITLE,
    )
    served_crew = {c.name for c in found.crew if c.served}
    assert "Bastian Crewe" not in served_crew
    assert "Perran Vosper" not in served_crew
    assert ("Odile Penhaligon", "DI Ysolde Marrack") not in served_pairs(found)


def test_a_lede_naming_no_entry_leaves_the_headline_first() -> None:
    found = facts(
        *_guide("Our weekend picks, from a coastal thriller to a long goodbye."),
        date="2026-04-17",
        title=_TITLE,
    )
    served_crew = {c.name for c in found.crew if c.served}
    assert "Bastian Crewe" in served_crew


def test_streaming_now_is_a_where_line() -> None:
    found = facts(
        "A new BBC thriller leads our picks, but Kestrelgate Forever is the big goodbye.",
        "QUELLMARSH",
        "Sunday, 9pm, BBC One",
        "A slow burn from writer Bastian Crewe. Director Perran Vosper keeps it tight.",
        "KESTRELGATE FOREVER",
        "Streaming now, Netflix",
        "The finale follows Ned through a last summer, and it is a weepie.",
        date="2026-04-17",
        title="What to watch this weekend: ‘Quellmarsh’ on BBC One, ‘Kestrelgate Forever’ and more",
    )
    served_crew = {c.name for c in found.crew if c.served}
    assert "Bastian Crewe" not in served_crew
    assert "Perran Vosper" not in served_crew


def test_a_lowercase_word_of_the_lede_names_no_entry() -> None:
    found = facts(
        *_guide(
            "Our picks, from a long-awaited goodbye to a chilly thriller.", "The Long Kestrelgate"
        ),
        date="2026-04-17",
        title="What to watch this weekend: Quellmarsh, The Long Kestrelgate and the rest",
    )
    served_crew = {c.name for c in found.crew if c.served}
    assert "Bastian Crewe" in served_crew
