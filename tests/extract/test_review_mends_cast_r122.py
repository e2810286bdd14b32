"""Review 122-Q, cast: a chart rival's castings however its clause is joined and however many it
names; a "played by" after the part's pronoun joined to someone unnamed; a dub's voice told only
by a dub word in the voice's own clause; a titled part read to its whole title. Invented text."""

from __future__ import annotations

from tests.extract.helpers import facts, served_pairs

_CHART_TITLE = "Box office: Harrow Lane holds on as Glass Orchard slips"


def _chart(extra: str) -> set[tuple[str, str]]:
    return served_pairs(
        facts(
            "Fenwick’s courtroom drama Harrow Lane has topped the box office again.",
            "Harrow Lane has done it again. Fenwick’s drama, starring Lio Marsh as Judge Ines Roe,"
            " took the most money of the weekend.",
            extra,
            "Top three at the box office this weekend",
            "1. Harrow Lane (Fenwick) – £2.1m",
            "2. Glass Orchard (Tarn) – £1.4m",
            "3. Night Ferry (Tarn) – £0.9m",
            date="2026-02-09",
            title=_CHART_TITLE,
        )
    )


def test_a_chart_rivals_casting_is_the_rivals_however_the_clause_is_joined() -> None:
    for line in (
        "Behind it is Tarn’s orchard saga Glass Orchard (£1.4m), starring Pia Dunn as Ruth Vance.",
        "Next comes Glass Orchard, in which Pia Dunn plays Ruth Vance.",
        "Glass Orchard, which sees Pia Dunn play Ruth Vance, fell to second.",
        "Second went to Glass Orchard, with Pia Dunn as Ruth Vance.",
    ):
        found = _chart(line)
        assert ("Pia Dunn", "Ruth Vance") not in found, line
        assert ("Lio Marsh", "Ines Roe") in found or ("Lio Marsh", "Judge Ines Roe") in found


def test_every_star_of_a_rivals_clause_is_the_rivals() -> None:
    found = _chart(
        "That puts it ahead of Glass Orchard (£1.4m), which stars Pia Dunn as Ruth Vance and Omar"
        " Selby as Abel Vance."
    )
    assert ("Pia Dunn", "Ruth Vance") not in found
    assert ("Omar Selby", "Abel Vance") not in found


def test_a_casting_after_a_rival_but_told_of_our_film_is_still_ours() -> None:
    found = _chart("Unlike Glass Orchard, Harrow Lane stars Tova Reed as Clerk Amos Hale.")
    assert ("Tova Reed", "Clerk Amos Hale") in found or ("Tova Reed", "Amos Hale") in found


def test_a_played_by_after_the_parts_pronoun_and_someone_unnamed_is_not_the_parts() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane is the sleeper hit of the spring.",
            "The film follows Ines Roe, a young clerk, as she and the judge’s driver, played by"
            " Omar Selby, chase a witness. Lio Marsh plays Ines.",
            title="Harrow Lane: the film nobody expected",
        )
    )
    assert ("Omar Selby", "Ines Roe") not in found
    assert ("Lio Marsh", "Ines Roe") in found or ("Lio Marsh", "Ines") in found


def test_a_genitive_describing_the_part_keeps_its_played_by() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane casts its court.",
            "Ruth Vance, the court's weary usher, is played by Pia Dunn.",
            title="Harrow Lane casts Pia Dunn",
        )
    )
    assert ("Pia Dunn", "Ruth Vance") in found


def test_a_dub_named_outside_the_voices_clause_leaves_the_voice_cast() -> None:
    lede = "Tarn’s animated film Button Moon opens on 6 June."
    found = served_pairs(
        facts(
            lede,
            "Pia Dunn voices Bolt, the tin dog, and the film will be dubbed into nine languages.",
            title="Pia Dunn joins Button Moon",
        )
    )
    assert ("Pia Dunn", "Bolt") in found
    found = served_pairs(
        facts(
            lede,
            "Omar Selby, who voices Bolt, said the dubbing booth was freezing.",
            title="Omar Selby joins Button Moon",
        )
    )
    assert ("Omar Selby", "Bolt") in found


def test_a_dub_in_the_voices_own_clause_is_still_the_dubs() -> None:
    found = served_pairs(
        facts(
            "Tarn’s animated film Button Moon opens on 6 June.",
            "In the German dub, Jo Brandt voices Bolt.",
            title="Button Moon’s German dub",
        )
    )
    assert ("Jo Brandt", "Bolt") not in found


def test_a_titled_part_is_read_to_its_whole_title() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane begins filming in March.",
            "Omar Selby will play the Earl of Wexmoor.",
            title="Harrow Lane casts Omar Selby",
        )
    )
    assert ("Omar Selby", "Earl of Wexmoor") in found
    assert ("Omar Selby", "Earl") not in found


def test_a_titled_places_owner_is_still_held() -> None:
    found = served_pairs(
        facts(
            "Harrow Lane begins filming in March.",
            "Omar Selby will play the Earl of Wexmoor’s son.",
            title="Harrow Lane casts Omar Selby",
        )
    )
    assert ("Omar Selby", "Earl") not in found
