"""Which addresses the bot may connect to, checked on URLs and again after DNS resolution.

Loopback, private, link-local, multicast, reserved, unspecified and other non-public addresses
(IPv4, IPv6, and IPv4 carried inside IPv6) are refused, unless the rules allow private
addresses (the operator's ``FETCH_ALLOW_PRIVATE=1``) or trust the address's network.

- ``check_url`` checks a URL's scheme, credentials and host, and an IP literal at once.
- ``GuardedResolver`` checks a host name's addresses as DNS returns them, and gives aiohttp's
  connector only the allowed ones: the connection goes to an address that was checked, so a
  second DNS answer (rebinding) cannot slip in between check and connection.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Protocol, TypeAlias

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.web.errors import Reason, WebError

IPAddress: TypeAlias = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork: TypeAlias = ipaddress.IPv4Network | ipaddress.IPv6Network
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class AddressRules(Protocol):
    """What the checks need to know (``FetchPolicy`` is one)."""

    @property
    def allow_private(self) -> bool:
        """Allow every address (the tests, or an operator on a private network)."""
        ...

    @property
    def trusted_networks(self) -> tuple[IPNetwork, ...]:
        """Networks allowed even though they are not public."""
        ...


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if not isinstance(address, ipaddress.IPv6Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _kind_of_local(address: IPAddress) -> str | None:
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address (this machine)"
    if address.is_link_local:
        return "a link-local address"
    if address.is_multicast:
        return "a multicast address"
    if address.is_private:
        return "a private network address"
    if address.is_reserved:
        return "a reserved address"
    if not address.is_global:
        return "a non-public address"
    return None


def address_refusal(address: IPAddress, rules: AddressRules) -> str | None:
    """Why the bot may not connect to ``address`` ("a loopback address ..."), or None if it may."""
    if rules.allow_private or any(address in net for net in rules.trusted_networks):
        return None
    embedded = _embedded_ipv4(address)
    return _kind_of_local(address) or (_kind_of_local(embedded) if embedded else None)


def _literal_address(host: str) -> IPAddress | None:
    """The IP address ``host`` spells, None for a name; odd numeric forms are refused.

    aiohttp treats any host with a colon, or of digits and dots only, as an address and skips
    DNS for it, so such a host must be a canonical address that we can check.
    """
    if ":" in host or host.replace(".", "").isdigit():
        try:
            return ipaddress.ip_address(host)
        except ValueError:
            raise WebError(Reason.BAD_URL, f"“{host}” is not a valid address.", url=host) from None
    return None


def check_url(url: str | URL, rules: AddressRules) -> URL:
    """``url`` parsed and checked (scheme, credentials, host, IP literal), fragment removed.

    Raises ``WebError`` (BAD_URL, BAD_SCHEME or REFUSED_ADDRESS). A host name is checked later,
    when it resolves.
    """
    text = str(url)
    try:
        parsed = url if isinstance(url, URL) else URL(url.strip())
    except (ValueError, TypeError):
        raise WebError(Reason.BAD_URL, "That is not a valid link.", url=text) from None
    if parsed.scheme.lower() not in ("http", "https"):
        raise WebError(
            Reason.BAD_SCHEME,
            "Only http:// and https:// links can be fetched.",
            url=text,
        )
    if parsed.user is not None or parsed.password is not None:
        raise WebError(
            Reason.BAD_URL,
            "Links with a user name or password in them are not fetched.",
            url=text,
        )
    host = parsed.raw_host
    if not host or not parsed.is_absolute():
        raise WebError(Reason.BAD_URL, "That link has no site name in it.", url=text)
    literal = _literal_address(host)
    if literal is not None and (why := address_refusal(literal, rules)):
        raise WebError(Reason.REFUSED_ADDRESS, _refused_message(host, why), url=text)
    return parsed.with_fragment(None)


def _refused_message(host: str, why: str) -> str:
    return f"The bot does not fetch from {host}: it is {why}, not a public site."


class RefusedAddress(OSError):
    """Raised inside aiohttp's connector when every address of a host was refused.

    aiohttp wraps it in a ``ClientConnectorError``; ``Fetcher`` turns that back into
    ``WebError(Reason.REFUSED_ADDRESS)`` with this message.
    """


class GuardedResolver(AbstractResolver):
    """A resolver that drops every address ``address_refusal`` refuses.

    The connector connects only to the addresses this returns. When none is left, it raises
    (and ``Fetcher`` reports ``Reason.REFUSED_ADDRESS``). ``inner`` does the real lookup
    (default: aiohttp's ``DefaultResolver``); tests give a fake one.
    """

    def __init__(self, rules: AddressRules, inner: AbstractResolver | None = None) -> None:
        self._rules = rules
        self._inner = inner if inner is not None else aiohttp.DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        found = await self._inner.resolve(host, port, family)
        if not found:
            raise OSError(f"{host}: no address found")
        kept: list[ResolveResult] = []
        refusals: list[str] = []
        for entry in found:
            try:
                address = ipaddress.ip_address(entry["host"])
            except ValueError:
                refusals.append("not an address")
                continue
            why = address_refusal(address, self._rules)
            if why is None:
                kept.append(entry)
            else:
                refusals.append(why)
        if not kept:
            raise RefusedAddress(_refused_message(host, refusals[0]))
        return kept

    async def close(self) -> None:
        await self._inner.close()
