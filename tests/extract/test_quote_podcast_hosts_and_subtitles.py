"""Quotes in invented podcast write-ups: the guest's "she said" after a sentence that names the
host beside the guest ("the podcast hosted by X, the 24-year-old said"), "the host joked that
..." (the host's words, not the guest's), and a film's subtitle after its colon, which is no
one who speaks."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quotes(*paragraphs: str) -> dict[str, str]:
    found = facts(*paragraphs, date="2026-02-10")
    return {q.text[:12]: q.speaker for q in found.quotes if q.served}


_LEDE = (
    "Priya Nandakumar has spoken about the last weeks of shooting Lanternfall: The Quiet Shore, "
    "{verb} she ‘cried in a bus shelter’ after her final scene as Wren Abbott."
)


def test_the_guests_pronoun_after_the_hosts_name_is_never_the_hosts() -> None:
    for intro in (
        "Talking on the newest episode of Tea Break, the podcast hosted by comedian Dominic "
        "Farrow-Lisle, the 24-year-old said the wrap had hit her harder than she expected.",
        "Appearing on Tea Break, presented by Dominic Farrow-Lisle, the actress said the last "
        "day was a blur.",
    ):
        found = _quotes(
            _LEDE.format(verb="admitting"),
            intro,
            "‘I assumed I’d cope,’ she said. ‘I had known for months it was coming.’",
        )
        assert found.get("I assumed I’") != "Dominic Farrow-Lisle", found


def test_the_host_who_jokes_is_the_host() -> None:
    for joke in (
        "The host joked that he would have to ‘learn to knit scarves for the whole crew’, a nod "
        "to the film, to which Nandakumar replied simply: ‘Please no.’",
        "The presenter joked that he might ‘start a fan club in the car park’, and Nandakumar "
        "laughed: ‘Please no.’",
    ):
        found = _quotes(
            _LEDE.format(verb="admitting"),
            "She was speaking on Tea Break, the podcast hosted by comedian Dominic Farrow-Lisle.",
            "Farrow-Lisle asked whether she would return. ‘Maybe one day,’ Nandakumar replied.",
            joke,
        )
        assert found.get(joke.split("‘")[1][:12]) == "Dominic Farrow-Lisle", found


def test_a_films_subtitle_after_its_colon_is_no_speaker() -> None:
    for verb in ("admitting", "revealing", "confessing"):
        found = _quotes(
            _LEDE.format(verb=verb),
            "The film, from director Tobias Wenlock-Hart, streams from 4 July.",
        )
        assert found.get("cried in a b") in (None, "Priya Nandakumar"), found
        assert "Quiet Shore" not in found.values(), found


def test_a_pronoun_after_the_host_described_is_the_guests() -> None:
    for turn in (
        "The host also brought up rumours that Nandakumar would lead a prequel. She waved them "
        "away. ‘There is no prequel. Honestly.’",
        "The host joked that he would have to ‘learn to knit scarves’, and Nandakumar laughed. "
        "She had kind words for her co-star. ‘Ola is the best of us,’ she said.",
    ):
        found = _quotes(
            _LEDE.format(verb="admitting"),
            "She was speaking on Tea Break, the podcast hosted by comedian Dominic Farrow-Lisle.",
            turn,
        )
        spoken = [text for text in found if text.startswith(("There is no", "Ola is the"))]
        assert spoken, found
        assert all(found[text] == "Priya Nandakumar" for text in spoken), found
