"""`TikTokShopClient` against the TikTok Shop simulator: signing accepted (and a wrong secret refused),
tokens, messages, marketplace pages, retries with jittered backoff, and the per-(shop, API) 50/s limit
held by one process and by two processes sharing Redis."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from bot.adapters.tiktok_shop.client import (
    AppCredentials,
    Refused,
    RetryPolicy,
    ShopAuth,
    TikTokShopClient,
    TokenRejected,
    Transient,
)
from bot.adapters.tiktok_shop.limits import TIKTOK_LIMITS, ApiLimiter
from bot.core.shared_limits import RedisRateLimiter
from tests.simulators.tiktok_shop import SIGN_CODE, TikTokShopSimulator


@pytest.fixture
async def sim() -> AsyncIterator[TikTokShopSimulator]:
    async with TikTokShopSimulator() as simulator:
        yield simulator


def _client(sim: TikTokShopSimulator, **kwargs: object) -> TikTokShopClient:
    creds = AppCredentials(sim.app_key, sim.app_secret, api_base=sim.url, auth_base=sim.url)
    return TikTokShopClient(creds, **kwargs)  # type: ignore[arg-type]


async def _connected(sim: TikTokShopSimulator, client: TikTokShopClient) -> ShopAuth:
    tokens = await client.exchange_code(sim.authorise("seller-1"))
    shops = await client.authorized_shops(tokens.access_token)
    return ShopAuth(shops[0].cipher, tokens.access_token)


async def test_connect_and_send_a_message(sim: TikTokShopSimulator) -> None:
    client = _client(sim)
    try:
        code = sim.authorise("seller-1")
        tokens = await client.exchange_code(code)
        assert "seller.affiliate_messages.write" in tokens.scopes
        assert tokens.access_expires_at > tokens.access_expires_at.replace(year=2000)
        shops = await client.authorized_shops(tokens.access_token)
        assert [s.name for s in shops] == ["GlowLab US"]
        shop = ShopAuth(shops[0].cipher, tokens.access_token)
        conversation = await client.conversation_with(shop, "creator-amy")
        assert await client.conversation_with(shop, "creator-amy") == conversation  # get, not a second one
        message_id = await client.send_text(shop, conversation, "Hi Amy — 你好 👋")
        assert message_id and [m.text for m in sim.sent] == ["Hi Amy — 你好 👋"]
        with pytest.raises(Refused):
            await client.exchange_code(code)  # an auth code is single use
        refreshed = await client.refresh(tokens.refresh_token)
        assert refreshed.access_token != tokens.access_token
        sim.creator_writes(conversation, "Sounds great!")
        [reply] = await client.newest_messages(ShopAuth(shop.cipher, refreshed.access_token))
        assert (reply.conversation_id, reply.text) == (conversation, "Sounds great!")
    finally:
        await client.close()
    shop_calls = [r for r in sim.requests if r.path.startswith("/affiliate_seller")]
    assert all(r.accepted and r.query["shop_cipher"] == shop.cipher for r in shop_calls)
    assert all("access_token" not in r.query for r in sim.requests)  # a header, never the query


async def test_a_wrong_secret_is_refused_by_the_signature_check_and_not_retried(
    sim: TikTokShopSimulator,
) -> None:
    creds = AppCredentials(sim.app_key, "not-the-secret", api_base=sim.url, auth_base=sim.url)
    client = TikTokShopClient(creds)
    try:
        with pytest.raises(Refused) as refused:
            await client.exchange_code(sim.authorise())
    finally:
        await client.close()
    assert refused.value.code == SIGN_CODE
    assert len(sim.requests) == 1


async def test_expired_and_revoked_tokens_are_token_rejections(sim: TikTokShopSimulator) -> None:
    client = _client(sim)
    try:
        shop = await _connected(sim, client)
        sim.advance(8 * 24 * 3600)
        with pytest.raises(TokenRejected):
            await client.conversation_with(shop, "creator-amy")
    finally:
        await client.close()


async def test_429_and_5xx_are_retried_with_jittered_backoff(sim: TikTokShopSimulator) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    client = _client(sim, sleep=sleep, draw=lambda: 0.5, retry=RetryPolicy(attempts=4, base_s=0.2, cap_s=0.5))
    try:
        shop = await _connected(sim, client)
        sim.fail_next(429, 1, path="/conversations")
        sim.fail_next(503, 1, path="/conversations")
        assert await client.conversation_with(shop, "creator-amy")
        assert waits == [0.1, 0.2]  # 0.5 × min(cap, 0.2·2^n)
        sim.fail_next(500, 9, path="/conversations")
        with pytest.raises(Transient):
            await client.conversation_with(shop, "creator-bob")
        assert waits[2:] == [0.1, 0.2, 0.25]
    finally:
        await client.close()
    conversation_posts = [r for r in sim.requests if r.path.endswith("/conversations")]
    assert [r.status for r in conversation_posts] == [429, 503, 200, 500, 500, 500, 500]


async def test_marketplace_pages(sim: TikTokShopSimulator) -> None:
    sim.creators = [
        {"creator_open_id": f"oc{i}", "username": f"beauty_{i}", "follower_count": 5_000 * i}
        for i in range(1, 31)
    ]
    client = _client(sim)
    try:
        shop = await _connected(sim, client)
        first = await client.search_creators(shop, followers_min=10_000, followers_max=100_000)
        assert len(first.creators) == 12 and first.next_page_token
        second = await client.search_creators(
            shop,
            followers_min=10_000,
            followers_max=100_000,
            page_token=first.next_page_token,
            search_key=first.search_key,
        )
        found = [c.username for c in first.creators + second.creators]
        assert len(found) == 19 == len(set(found))  # 10k..100k in steps of 5k
        assert not second.next_page_token
        with pytest.raises(ValueError, match="12 or 20"):
            await client.search_creators(shop, page_size=50)
    finally:
        await client.close()


async def test_one_process_never_goes_above_50_per_second_per_api(sim: TikTokShopSimulator) -> None:
    client = _client(sim, limiter=ApiLimiter())
    try:
        shop = await _connected(sim, client)
        await asyncio.gather(*(client.conversation_with(shop, f"creator-{i}") for i in range(120)))
    finally:
        await client.close()
    assert sim.rate_limited == 0
    assert sum(1 for r in sim.requests if r.path.endswith("/conversations") and r.accepted) == 120


async def test_two_processes_share_the_limit_through_redis(sim: TikTokShopSimulator, redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    clients = [
        _client(sim, limiter=ApiLimiter(RedisRateLimiter(redis, f"tiktok:{sim.app_key}", TIKTOK_LIMITS)))
        for _ in range(2)
    ]
    try:
        shop = await _connected(sim, clients[0])
        await asyncio.gather(*(clients[i % 2].conversation_with(shop, f"creator-{i}") for i in range(120)))
    finally:
        for client in clients:
            await client.close()
        await redis.aclose()
    assert sim.rate_limited == 0


async def test_a_message_send_is_not_retried_when_it_may_have_gone_out(sim: TikTokShopSimulator) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    client = _client(sim, sleep=sleep, draw=lambda: 0.5)
    try:
        shop = await _connected(sim, client)
        conversation = await client.conversation_with(shop, "creator-amy")
        sim.fail_next(429, 2, path="/messages")  # certainly not sent: retried
        assert await client.send_text(shop, conversation, "hello")
        sim.fail_next(502, 1, path="/messages")  # maybe sent: never retried
        with pytest.raises(Transient) as doubt:
            await client.send_text(shop, conversation, "again")
        assert doubt.value.maybe_done
    finally:
        await client.close()
    sends = [r.status for r in sim.requests if r.path.endswith("/messages")]
    assert sends == [429, 429, 200, 502]
    assert len(waits) == 2


async def test_target_collaborations_and_cards_as_documented(sim: TikTokShopSimulator) -> None:
    """ "Create Target Collaboration" and the card messages against the simulator's own checks: the
    documented body is accepted once (a repeated creator × product is a conflict, 16024022), a body the
    reference calls invalid is refused (98001004), a token without the collaboration write scope gets
    105005, a request signed with another secret is refused; a TARGET_COLLABORATION_CARD must name a
    collaboration that exists, a PRODUCT_CARD a product id."""
    from bot.adapters.tiktok_shop.client import InviteRequest

    client = _client(sim)
    invite = InviteRequest(
        name="creatorbot @amy",
        end_time=2_000_000_000,
        products=("1729384756102938475",),
        commission_bp=1500,
        creator_open_ids=("open-amy",),
        email="bd@glowlab.com",
    )
    try:
        shop = await _connected(sim, client)
        created = await client.create_target_collaboration(shop, invite)
        assert created.id and [i["id"] for i in sim.invites] == [created.id]
        with pytest.raises(Refused) as conflict:
            await client.create_target_collaboration(shop, invite)
        assert conflict.value.code == 16024022
        with pytest.raises(Refused) as low:
            await client.create_target_collaboration(
                shop,
                dataclasses.replace(invite, commission_bp=500, products=("99887766554433",)),
            )
        assert low.value.code == 98001004
        conversation = await client.conversation_with(shop, "open-amy")
        await client.send_card(shop, conversation, "TARGET_COLLABORATION_CARD", created.id)
        await client.send_card(shop, conversation, "PRODUCT_CARD", "1729384756102938475")
        with pytest.raises(Refused):
            await client.send_card(shop, conversation, "TARGET_COLLABORATION_CARD", "123")
        assert [m.msg_type for m in sim.sent] == ["TARGET_COLLABORATION_CARD", "PRODUCT_CARD"]

        read_only = await client.exchange_code(
            sim.authorise("seller-1", ("seller.affiliate_messages.write", "seller.creator_marketplace.read"))
        )
        other = dataclasses.replace(invite, products=("1729384756102938400",))
        with pytest.raises(Refused) as scope:
            await client.create_target_collaboration(ShopAuth(shop.cipher, read_only.access_token), other)
        assert scope.value.code == 105005
    finally:
        await client.close()
    forged = TikTokShopClient(
        AppCredentials(sim.app_key, "not-the-secret", api_base=sim.url, auth_base=sim.url)
    )
    try:
        with pytest.raises(Refused) as unsigned:
            await forged.create_target_collaboration(shop, other)
        assert unsigned.value.code == SIGN_CODE
    finally:
        await forged.close()
    assert len(sim.invites) == 1
