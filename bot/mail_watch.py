"""The mailbox watchers' leases in Redis, so one process across serve and the workers holds a mailbox's IMAP
IDLE connection (workflows/mail/watch.py): `SET key owner NX PX ttl` to take it, and renewing or releasing
only while the value is still ours (a script, so the check and the change are one step)."""

from __future__ import annotations

from typing import Any

_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0
"""
_RELEASE = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0
"""


class RedisLeases:
    def __init__(self, redis: Any) -> None:  # redis.asyncio.Redis (arq's pool is one)
        self._redis = redis

    async def acquire(self, key: str, owner: str, ttl_s: float) -> bool:
        if await self._redis.set(key, owner, nx=True, px=int(ttl_s * 1000)):
            return True
        return await self.renew(key, owner, ttl_s)

    async def renew(self, key: str, owner: str, ttl_s: float) -> bool:
        return bool(await self._redis.eval(_RENEW, 1, key, owner, int(ttl_s * 1000)))

    async def release(self, key: str, owner: str) -> None:
        await self._redis.eval(_RELEASE, 1, key, owner)
