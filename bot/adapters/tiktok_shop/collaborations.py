"""The workflows' `Inviter` port over the client: a fresh token for the shop, then one "Create Target
Collaboration" call, sent once (the API has no idempotency key; workflows/tiktok_invites keeps the claim).
A client per invitation, over the shared limiter: invitations are typed by people, rare next to sends."""

from __future__ import annotations

import logging

from bot.adapters.tiktok_shop.callback import refresher
from bot.adapters.tiktok_shop.client import (
    AppCredentials,
    InviteRequest,
    Refused,
    ShopAuth,
    TikTokShopClient,
    TikTokShopError,
    TokenRejected,
    Transient,
)
from bot.adapters.tiktok_shop.limits import ApiLimiter
from models.secrets import Sealer
from workflows import tiktok_shop
from workflows.ports import Clock
from workflows.tiktok_invites import InviteCall, InviteFailure, InviteOutcome

log = logging.getLogger(__name__)

# "Create Target Collaboration" error codes (Partner Center API reference) that get their own words.
QUOTA_CODE = 16024019  # insufficient quota to create invitation
CONFLICT_CODE = 16024022  # the invitation has an existing creator and product pair


class ClientInviter:
    def __init__(
        self, credentials: AppCredentials, limiter: ApiLimiter, sealer: Sealer, clock: Clock
    ) -> None:
        self.credentials, self.limiter, self.sealer, self.clock = credentials, limiter, sealer, clock

    async def create(self, workspace_id: int, call: InviteCall) -> InviteOutcome:
        client = TikTokShopClient(self.credentials, limiter=self.limiter)
        now = self.clock.now()
        try:
            try:
                access = await tiktok_shop.access(
                    workspace_id, self.sealer, refresher(client), now, shop_id=call.shop_id
                )
            except tiktok_shop.NoShop:
                return InviteOutcome(failure=InviteFailure.TOKEN)
            except TikTokShopError:  # the refresh did not answer: nothing was created
                return InviteOutcome(failure=InviteFailure.BUSY)
            request = InviteRequest(
                name=call.name,
                end_time=call.end_time,
                products=call.products,
                commission_bp=call.commission_bp,
                creator_open_ids=(call.open_id,),
                email=call.email,
                free_sample=call.free_sample,
            )
            created = await client.create_target_collaboration(
                ShopAuth(access.cipher, access.access_token), request
            )
        except Transient as error:
            await tiktok_shop.record_error(
                call.connection_id, "unavailable" if error.maybe_done else "rate_limited", now
            )
            failure = InviteFailure.IN_DOUBT if error.maybe_done else InviteFailure.BUSY
            return InviteOutcome(failure=failure, maybe_done=error.maybe_done)
        except TokenRejected:
            await tiktok_shop.record_error(call.connection_id, "token_rejected", now)
            return InviteOutcome(failure=InviteFailure.TOKEN)
        except Refused as error:
            log.info("tiktok target collaboration refused: %s", error.code)
            if error.code == QUOTA_CODE:
                return InviteOutcome(failure=InviteFailure.PLATFORM_QUOTA)
            if error.code == CONFLICT_CODE:
                return InviteOutcome(failure=InviteFailure.CONFLICT)
            await tiktok_shop.record_error(call.connection_id, "refused", now)
            return InviteOutcome(failure=InviteFailure.REFUSED)
        finally:
            await client.close()
        await tiktok_shop.record_sync(call.connection_id, now)
        if not created.id:  # every pair conflicted: nothing was created
            return InviteOutcome(failure=InviteFailure.CONFLICT)
        return InviteOutcome(collaboration_id=created.id)
