"""Address safety: a site reached over the public internet must not steer the crawler inward.

A hostile (or hijacked) page can link or redirect to ``http://169.254.169.254/`` (cloud metadata),
``http://localhost:8080/admin`` or ``http://10.0.0.1/``. Every request and every redirect hop is
therefore checked *after* DNS resolution: a host any of whose addresses is loopback, private,
link-local, multicast, reserved or unspecified is refused, unless the authority's own start URL
resolved there (a test server, an intranet mirror): then those same addresses are trusted for
that authority only.

The resolver is injectable (``host -> list of IP strings``) so tests can say that a "public" name
maps to 203.0.113.5 without touching DNS.

Known gap: httpx resolves the name again when it connects, so a DNS answer that changes between
the check and the connection (rebinding) is not caught; pinning the address needs a transport
that connects to the checked IP.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str], Awaitable[list[str]]]
#: Given a URL about to be requested, return a refusal reason, or "" to allow it.
AsyncGate = Callable[[str], Awaitable[str]]

METADATA = ipaddress.ip_address("169.254.169.254")


async def system_resolver(host: str) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


# Explicit blocks rather than ``ip.is_private``/``is_global``: those also cover the documentation
# ranges (192.0.2/24, 198.51.100/24, 203.0.113/24), which are harmless to "visit" (unrouted) and
# which tests use to stand for a public address.
_UNSAFE_NETWORKS = tuple(
    (ipaddress.ip_network(net), kind)
    for net, kind in (
        ("0.0.0.0/8", "unspecified"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "private"),  # carrier-grade NAT
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link_local"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "reserved"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "reserved"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("fc00::/7", "private"),
        ("fe80::/10", "link_local"),
        ("ff00::/8", "multicast"),
    )
)


def unsafe_kind(ip: IPAddress) -> str:
    """Why ``ip`` must not be visited from a public site, or "" when it may be."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return unsafe_kind(embedded)
    if ip == METADATA:
        return "metadata"
    for network, kind in _UNSAFE_NETWORKS:
        if ip.version == network.version and ip in network:
            return kind
    return ""


@dataclass
class AddressGuard:
    """Resolves hosts once per run and decides whether a URL may be requested."""

    resolver: Resolver = system_resolver
    _cache: dict[str, list[IPAddress] | str] = field(default_factory=dict)

    async def addresses(self, host: str) -> list[IPAddress] | str:
        """The host's addresses, or an error word ("dns") when it does not resolve."""
        host = host.strip("[]").lower()
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            pass
        found = self._cache.get(host)
        if found is None:
            try:
                raw = await self.resolver(host)
                found = [ipaddress.ip_address(a.split("%", 1)[0]) for a in raw] or "dns"
            except (OSError, UnicodeError, ValueError):
                found = "dns"
            self._cache[host] = found
        return found

    async def unsafe_addresses(self, url: str) -> frozenset[IPAddress]:
        """The non-public addresses ``url``'s host resolves to (trusted when it is a start URL)."""
        found = await self.addresses(urlsplit(url).hostname or "")
        if isinstance(found, str):
            return frozenset()
        return frozenset(ip for ip in found if unsafe_kind(ip))

    async def refusal(self, url: str, trusted: Iterable[IPAddress] = ()) -> str:
        """ "" when ``url`` may be requested; else "dns" or "refused: <ip> is <kind>"."""
        host = urlsplit(url).hostname or ""
        found = await self.addresses(host)
        if isinstance(found, str):
            return found
        allowed = set(trusted)
        for ip in found:
            kind = unsafe_kind(ip)
            if kind and ip not in allowed:
                return f"refused: {host} resolves to {ip} ({kind})"
        return ""

    def gate(self, trusted: Iterable[IPAddress] = ()) -> AsyncGate:
        frozen = frozenset(trusted)

        async def check(url: str) -> str:
            return await self.refusal(url, frozen)

        return check
