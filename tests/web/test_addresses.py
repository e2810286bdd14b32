"""Which addresses and URLs the bot refuses, before any connection is made."""

from __future__ import annotations

import ipaddress

import pytest

from bot.web.addresses import address_refusal, check_url
from bot.web.errors import Reason, WebError
from bot.web.fetch import FetchPolicy


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.251",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fd12:3456::1",
        "ff02::1",
        "::ffff:10.0.0.1",
        "::ffff:127.0.0.1",
        "2002:a00:1::1",
        "64:ff9b::a00:1",
    ],
)
def test_a_local_or_private_address_is_refused(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address), FetchPolicy()) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "151.101.1.69", "2606:4700::1111"])
def test_a_public_address_is_allowed(address: str) -> None:
    assert address_refusal(ipaddress.ip_address(address), FetchPolicy()) is None


def test_allow_private_and_trusted_networks_lift_the_refusal() -> None:
    ten = ipaddress.ip_address("10.1.2.3")
    assert address_refusal(ten, FetchPolicy(allow_private=True)) is None
    trusted = FetchPolicy(trusted_networks=(ipaddress.ip_network("10.1.2.0/24"),))
    assert address_refusal(ten, trusted) is None
    assert address_refusal(ipaddress.ip_address("10.1.3.1"), trusted) is not None


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/file", Reason.BAD_SCHEME),
        ("file:///etc/passwd", Reason.BAD_SCHEME),
        ("javascript:alert(1)", Reason.BAD_SCHEME),
        ("data:text/html,<p>hi</p>", Reason.BAD_SCHEME),
        ("example.org/news", Reason.BAD_SCHEME),
        ("https://user:secret@example.org/", Reason.BAD_URL),
        ("https://token@example.org/", Reason.BAD_URL),
        ("http:///no-host", Reason.BAD_URL),
        ("http://example.org:99999/", Reason.BAD_URL),
        ("http://2130706433/", Reason.BAD_URL),
        ("http://127.1/", Reason.BAD_URL),
        ("http://127.0.0.1/", Reason.REFUSED_ADDRESS),
        ("http://[::1]:8080/", Reason.REFUSED_ADDRESS),
        ("http://10.0.0.5/", Reason.REFUSED_ADDRESS),
        ("http://169.254.169.254/latest/meta-data/", Reason.REFUSED_ADDRESS),
        ("http://[fe80::1%25eth0]/", Reason.REFUSED_ADDRESS),
    ],
)
def test_a_url_the_bot_must_not_fetch_is_refused_with_its_reason(url: str, reason: Reason) -> None:
    with pytest.raises(WebError) as caught:
        check_url(url, FetchPolicy())
    assert caught.value.reason is reason
    assert str(caught.value)  # a sentence for the moderator


def test_a_public_url_passes_and_loses_its_fragment() -> None:
    assert str(check_url("https://News.Example.org/a?b=1#top", FetchPolicy())) == (
        "https://news.example.org/a?b=1"
    )
