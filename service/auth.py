"""Who is asking, and may they: API keys with roles, the one local user, per-key rate limits.

On a loopback address with no accounts Sandesh serves one local user, as it always has; once an
account exists (or with ``SANDESH_AUTH=on``) every request but the studio page, ``/health`` and the
public lists needs ``Authorization: Bearer KEY``. A server that listens beyond this machine refuses
to start with no accounts unless ``SANDESH_AUTH=off`` says so (``check_startup``).
"""

from __future__ import annotations

import ipaddress
import logging
import math
import threading
import time
from dataclasses import dataclass

from service.errors import AuthError, ForbiddenError, RateLimitedError
from service.store import Account, Store

log = logging.getLogger("sandesh")

# What each role may do. A trainee key is a workshop key a trainer made: it lapses in hours.
CAN: dict[str, frozenset[str]] = {
    "draft": frozenset({"worker", "designer", "trainer", "admin", "trainee"}),
    "check": frozenset({"worker", "designer", "trainer", "admin", "trainee"}),
    "poster": frozenset({"worker", "designer", "trainer", "admin", "trainee"}),
    "bulk": frozenset({"designer", "admin"}),
    "workshop_keys": frozenset({"trainer", "admin"}),
    "all_records": frozenset({"admin"}),
    "takedown": frozenset({"admin"}),
}
ROLE_HI = {
    "worker": "कार्यकर्ता",
    "designer": "डिज़ाइनर",
    "trainer": "प्रशिक्षक",
    "admin": "एडमिन",
    "trainee": "प्रशिक्षु",
}


class StartupRefused(Exception):
    """The settings would open every endpoint to a network; the message says what to do."""


@dataclass(frozen=True)
class Principal:
    """The caller: an account, or the one local user (``account`` None) when no key is needed."""

    account: Account | None

    @property
    def name(self) -> str:
        return self.account.name if self.account else "local"

    @property
    def role(self) -> str:
        return self.account.role if self.account else "admin"

    def can(self, action: str) -> bool:
        return self.role in CAN[action]

    def require(self, action: str) -> None:
        if not self.can(action):
            raise forbidden(self.role, sorted(CAN[action]), "this")


def forbidden(role: str, needed: list[str], what: str) -> ForbiddenError:
    """403 naming the roles that may, in English and (for the page) in Hindi."""
    return ForbiddenError(
        f"the {role} role may not do {what}; it needs one of: {', '.join(needed)}",
        params={
            "role": role,
            "needed": ", ".join(needed),
            "role_hi": ROLE_HI.get(role, role),
            "needed_hi": ", ".join(ROLE_HI.get(r, r) for r in needed),
        },
    )


def is_loopback(host: str) -> bool:
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_startup(mode: str, host: str, store: Store) -> None:
    """Refuse to serve a network with no accounts; say so loudly when auth is off."""
    if mode == "off":
        log.warning(
            "SANDESH_AUTH=off: no key is asked for, so ANYONE WHO CAN REACH %s CAN USE EVERY "
            "ENDPOINT and every record is kept as the local user",
            host,
        )
        return
    if is_loopback(host) or store.has_accounts():
        return
    raise StartupRefused(
        f"Sandesh would listen on {host}, beyond this machine, with no accounts: anyone on the "
        "network could use it. Add an account first (sandesh users add NAME --role admin), or "
        "listen on 127.0.0.1, or set SANDESH_AUTH=off to run open on purpose"
    )


class Authenticator:
    def __init__(self, store: Store, mode: str, rate_per_minute: int) -> None:
        self.store = store
        self.mode = mode
        self.limiter = RateLimiter(rate_per_minute)

    def keys_needed(self) -> bool:
        # Asked afresh each time (one small query), so the first account added from the command
        # line closes the server at once.
        return self.mode == "on" or (self.mode == "auto" and self.store.has_accounts())

    def principal(self, key: str | None) -> Principal:
        if self.mode == "off":
            return Principal(None)
        if key:
            account = self.store.account_for_key(key)
            if account is None:
                raise AuthError(
                    "this key is not known here, or it was revoked or has expired; ask your "
                    "admin for a key",
                    code="invalid_key",
                )
            return Principal(account)
        if self.keys_needed():
            raise AuthError(
                "this server needs a key: send the header Authorization: Bearer KEY (your admin "
                "makes one with `sandesh users add`)"
            )
        return Principal(None)


class RateLimiter:
    """A token bucket per key: up to ``per_minute`` generations at once, refilled steadily.
    The local user is not limited (the model's queue already is). 0 turns limits off."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, principal: Principal) -> None:
        if self.per_minute <= 0 or principal.account is None:
            return
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, then = self._buckets.get(principal.account.id, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - then) * rate)
            if tokens < 1.0:
                self._buckets[principal.account.id] = (tokens, now)
                wait = math.ceil((1.0 - tokens) / rate)
                raise RateLimitedError(
                    f"this key made more than {self.per_minute} requests in a minute; wait "
                    f"{wait} s (limit: SANDESH_RATE_LIMIT_PER_MINUTE)",
                    retry_after=wait,
                    params={"per_minute": self.per_minute, "seconds": wait},
                )
            self._buckets[principal.account.id] = (tokens - 1.0, now)
