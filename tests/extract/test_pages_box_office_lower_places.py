"""A box-office report is a chart: a paragraph that opens on another film slipping to a lower
place ("Last week's No 1, the bank-job caper W, slipped to second") and then says "The film,
starring A as P" casts that film, not the report's own."""

from tests.extract.helpers import facts, served_pairs

_HEADLINE = "UK box office: ‘Emberfall’ takes the weekend with £2.1m"


def test_a_film_that_slipped_to_a_lower_place_casts_its_own_stars() -> None:
    for opening in (
        "Last week’s No 1, the bank-job caper Brass Monkey Run, slipped to second with £1.2m.",
        "Brass Monkey Run fell to third with £1.2m.",
        "Brass Monkey Run, last week’s champion, dropped to fourth with £1.2m.",
    ):
        found = facts(
            "Emberfall led the British box office in its first weekend.",
            "Emberfall stars Tovah Lindgren-Obi as Maris Quell, a glassblower's apprentice.",
            f"{opening} Its total is £4.4m. The film, starring Lorcan Tithebarn as a safecracker "
            "named Nolan Febb, is the year's best British performer.",
            title=_HEADLINE,
        )
        pairs = served_pairs(found)
        assert ("Tovah Lindgren-Obi", "Maris Quell") in pairs, opening
        assert ("Lorcan Tithebarn", "Nolan Febb") not in pairs, opening
