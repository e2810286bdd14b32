"""Quotes on invented text: an age-and-origin epithet ("the 52-year-old Kerry man said") names a
person of that sex, never the woman named just before; a choir, band or orchestra the paragraph
before names is never the "she" who says the words after it (the profile's subject is)."""

from __future__ import annotations

from tests.extract.helpers import facts


def _speakers(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, bool]]:
    return {q.text: (q.speaker, q.served) for q in facts(*paragraphs, title=title).quotes}


def test_an_aged_man_is_never_the_woman_named_before() -> None:
    for epithet in ("the 52-year-old Kerry man said", "the 61-year-old Galway man told reporters"):
        found = _speakers(
            "“Brinefold” leads the Ivor nominations with seven, including best film.",
            "Rory Dunleavy, who plays the lighthouse keeper Tomas Ruane, is nominated for "
            "leading actor, his first nomination. Margit Solberg, as the botanist Ilse Varga, "
            "is up for leading actress.",
            f"“I was feeding the hens when the phone rang,” {epithet}. “I dropped the bucket.”",
        )
        said = found["I was feeding the hens when the phone rang"]
        assert said[0] != "Margit Solberg", epithet
        assert said == ("Rory Dunleavy", True), epithet


def test_an_aged_actor_is_never_the_actress_named_before() -> None:
    found = _speakers(
        "“Gull Reach” leads the nominations with six.",
        "Rory Dunleavy, who plays the ferryman Ivo Lask, is up for leading actor, his first "
        "nomination. Margit Solberg is up for leading actress.",
        "“I was feeding the hens when the phone rang,” the 52-year-old actor said.",
    )
    said = found["I was feeding the hens when the phone rang"]
    assert said == ("Rory Dunleavy", True)


def test_an_aged_woman_is_never_the_man_named_before() -> None:
    found = _speakers(
        "“Gull Reach” leads the nominations with six.",
        "Margit Solberg, as the botanist Ilse Varga, is up for leading actress, her second "
        "nod. Rory Dunleavy is nominated for leading actor, his first.",
        "“I had to sit down in the bakery,” the 44-year-old Cork woman said on Tuesday.",
    )
    said = found["I had to sit down in the bakery"]
    assert said == ("Margit Solberg", True)


def test_a_choir_is_never_she() -> None:
    for group in (
        "Canto Verde y Bryn Du, a male voice choir",
        "Orquestra Leal do Porto, a youth orchestra",
    ):
        found = _speakers(
            "Composer Ilsa Forbech wrote the score for the thriller Grey Tide using a harbour "
            "bell and a choir.",
            "Ilsa Forbech has a bell she rings for everyone, and she says it is the heart of "
            "the score.",
            "“Everything comes from the bell,” the Oslo-born composer says. “It rings once.”",
            "She spent a month in the harbour town recording the wind, the chapel organ – “half "
            f"of it is broken, which was perfect” – and, eventually, {group} "
            "of some thirty men who rehearse above a bakery.",
            "“They were the best idea I ever had,” she says, laughing. “They argue constantly.”",
            title="“I wanted the sea to hum”: meet the composer behind Grey Tide",
        )
        said = found["They were the best idea I ever had"]
        assert said == ("Ilsa Forbech", True), group


def test_a_band_is_never_she_when_no_subject_is_known() -> None:
    found = _speakers(
        "The harbour thriller Grey Tide was scored with a bell, an organ and a band.",
        "“Grey Tide”: how the sea got its sound",
        "“Everything comes from the bell,” Ilsa Forbech says. “It rings once.”",
        "She spent a month in the town and, eventually, met Banda Nova da Ribeira, a brass "
        "band of some twenty players who rehearse above a bakery.",
        "“They were the best idea I ever had,” she says, laughing.",
    )
    assert found["They were the best idea I ever had"][0] != "Banda Nova da Ribeira"


def test_a_singer_named_with_her_band_is_still_she() -> None:
    found = _speakers(
        "The harbour thriller Grey Tide was scored with a bell, an organ and a band.",
        "Composer Ilsa Forbech met Tove Brask, the band’s singer, in a bakery by the quay.",
        "“We wrote the chorus in one night,” she says.",
    )
    assert found["We wrote the chorus in one night"] == ("Tove Brask", True)


def test_a_subject_who_joins_a_band_is_still_she() -> None:
    found = _speakers(
        "Composer Ilsa Forbech wrote the score for the thriller Grey Tide using a harbour bell.",
        "Ilsa Forbech has a bell she rings for everyone.",
        "Ilsa Forbech joined them, a brass band of twenty players, for the last cue.",
        "“They played it better than I wrote it,” she says.",
    )
    assert found["They played it better than I wrote it"] == ("Ilsa Forbech", True)
