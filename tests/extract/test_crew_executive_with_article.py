"""A producer's "with X also serving as an executive producer": X is executive producer only."""

from tests.extract.helpers import served_crew


def test_with_name_serving_as_an_executive_producer_is_no_producer() -> None:
    found = served_crew(
        "Marigold Lane is coming to Netflix next year.",
        "Dmitri Soto produces for Harbour Pictures, with Pell also serving as an executive "
        "producer.",
        "Kestrel Pell wrote the novels.",
    )
    assert ("producer", "Kestrel Pell") not in found
    assert ("executive_producer", "Kestrel Pell") in found
    assert ("producer", "Dmitri Soto") in found


def test_with_names_on_board_as_an_executive_producer_is_no_producer() -> None:
    found = served_crew(
        "Copper Bay starts filming in June.",
        "Ines Varga produces for Tallow Films, with Rob Nkemelu and Sade Ortiz as an executive "
        "producer each.",
    )
    assert ("producer", "Rob Nkemelu") not in found
    assert ("producer", "Sade Ortiz") not in found
    assert ("producer", "Ines Varga") in found


def test_with_name_serving_as_executive_producer_still_reads() -> None:
    found = served_crew(
        "Copper Bay starts filming in June.",
        "Ines Varga produces, with Rob Nkemelu also serving as executive producer.",
    )
    assert ("producer", "Rob Nkemelu") not in found
    assert ("executive_producer", "Rob Nkemelu") in found
