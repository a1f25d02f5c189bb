"""Issue 17 items 2–3: edit a creator by chat, delete / restore it, merge a duplicate — through the
console, in zh and en, on SQLite and PostgreSQL (the `db` fixture)."""

from __future__ import annotations

from bot.adapters.console import Console
from bot.settings import Settings
from bot.wiring import build_dispatcher
from models.audit import AuditLog
from models.campaign import Collaboration
from models.creator import Creator, Note, StageChange
from models.enums import DeliveryStatus, Stage
from models.schedule import Delivery
from workflows.ports import FrozenClock


def english(clock: FrozenClock) -> Console:
    return Console(build_dispatcher(Settings(), clock=clock), user="Lisa", locale="en")


async def test_edit_fields_by_chat_says_before_and_after(console: Console) -> None:
    await console.say("添加达人 @amy TikTok 美国加州 粉丝10万 邮箱 amy@old.com")
    reply = await console.say("@amy 的邮箱改成 amy@new.com")
    assert "amy@old.com → amy@new.com" in reply
    reply = await console.say("@amy 粉丝改成15万")
    assert "10万 → 15万" in reply
    amy = await Creator.get(handle_key="amy")
    assert (amy.email, amy.followers, amy.stage) == ("amy@new.com", 150_000, Stage.PROSPECT)
    reply = await console.say("@amy 在德州休斯顿")
    assert "America/Chicago" in reply
    reply = await console.say("@amy 的电话/WhatsApp 是 +1 415 555 0100")
    assert "+1 415 555 0100" in reply
    amy = await Creator.get(handle_key="amy")
    assert (amy.country, amy.timezone, amy.phone) == ("US", "America/Chicago", "+1 415 555 0100")
    card = await console.say("看看 @amy")
    assert "+1 415 555 0100" in card and "amy@new.com" in card
    assert await AuditLog.filter(action="creator.edit").count() == 4
    assert "没有改动" in await console.say("@amy 粉丝改成15万")


async def test_edit_asks_for_the_state_in_a_multi_zone_country(console: Console) -> None:
    await console.say("添加达人 @bob 英国")
    reply = await console.say("@bob 地区改成美国")
    assert "多个时区" in reply
    assert (await Creator.get(handle_key="bob")).timezone is None
    await console.say("@bob 在美国德州")
    assert (await Creator.get(handle_key="bob")).timezone == "America/Chicago"


async def test_edit_is_undone(console: Console) -> None:
    await console.say("添加达人 @amy 英国 邮箱 amy@old.com")
    await console.say("@amy 的邮箱改成 amy@new.com")
    reply = await console.say("撤销")
    assert "@amy" in reply and "邮箱" in reply
    assert (await Creator.get(handle_key="amy")).email == "amy@old.com"


async def test_price_goes_to_the_offer_not_a_field(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("@amy 报价 $300")
    collab = await Collaboration.get(creator__handle_key="amy")
    assert collab.fixed_fee is not None and int(collab.fixed_fee) == 300


async def test_edit_in_english(db: str, clock: FrozenClock) -> None:
    console = english(clock)
    await console.say("add creator @amy tiktok US California 100k followers")
    reply = await console.say("change @amy's email to amy@new.com")
    assert "- → amy@new.com" in reply and "Updated @amy" in reply
    reply = await console.say("@amy followers now 150k, please update")
    assert "100k → 150k" in reply
    assert "+1 415 555 0100" in await console.say("@amy whatsapp +1 415 555 0100")
    amy = await Creator.get(handle_key="amy")
    assert (amy.email, amy.followers, amy.phone) == ("amy@new.com", 150_000, "+1 415 555 0100")
    assert "Phone" in await console.say("show @amy")


async def test_delete_asks_then_hides_and_cancels_reminders(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("添加达人 @bob 英国")
    await console.say("明天下午3点提醒我给 @amy 寄样")
    card = await console.say("删除达人 @amy")
    assert "确认删除 @amy" in card
    assert await Creator.filter(handle_key="amy").exists()  # nothing yet
    reply = await console.press("确认删除 @amy")
    assert "已删除 @amy" in reply and "1 条" in reply
    assert not await Creator.filter(handle_key="amy").exists()
    assert await Creator.everyone().filter(handle_key="amy").exists()
    assert (await Delivery.get(creator_id=(await Creator.everyone().get(handle_key="amy")).id)).status == (
        DeliveryStatus.CANCELLED
    )
    listing = await console.say("列出所有达人")
    assert "@bob" in listing and "@amy" not in listing
    assert "没找到达人 @amy" in await console.say("看看 @amy")
    reply = await console.say("恢复达人 @amy")
    assert "已恢复 @amy" in reply and "重新安排" in reply
    assert await Creator.filter(handle_key="amy").exists()
    amy = await Creator.get(handle_key="amy")
    assert (await Delivery.get(creator_id=amy.id)).status == DeliveryStatus.PENDING


async def test_typed_confirmation_deletes_and_undo_restores(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    assert "已删除 @amy" in await console.say("确认删除 @amy")
    assert "已恢复 @amy" in await console.say("撤销")
    assert await Creator.filter(handle_key="amy").exists()
    assert "没有被删除" in await console.say("恢复达人 @amy")


async def test_delete_reminder_is_still_cancel(console: Console) -> None:
    reply = await console.say("删除提醒 3")
    assert "确认删除" not in reply


async def test_delete_and_restore_in_english(db: str, clock: FrozenClock) -> None:
    console = english(clock)
    await console.say("add creator @amy tiktok US California")
    assert "Confirm delete @amy" in await console.say("delete creator @amy")
    assert "Deleted @amy" in await console.press("Confirm delete @amy")
    assert not await Creator.filter(handle_key="amy").exists()
    assert "Restored @amy" in await console.say("restore creator @amy")
    assert await Creator.filter(handle_key="amy").exists()


async def test_merge_moves_history_fills_blanks_and_is_undone(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("添加达人 @amy_2 英国 邮箱 amy2@x.com")
    await console.say("@amy_2 谈判中")
    await console.say("备注 @amy_2 想要20%佣金")
    card = await console.say("把 @amy_2 合并到 @amy")
    assert "确认合并 @amy_2 到 @amy" in card
    reply = await console.press("确认合并 @amy_2 到 @amy")
    assert "已把 @amy_2 合并到 @amy" in reply
    assert "阶段记录 2 条" in reply and "备注 1 条" in reply and "邮箱" in reply
    amy = await Creator.get(handle_key="amy")
    assert amy.email == "amy2@x.com" and amy.country == "US"  # the kept place stays; the blank is filled
    assert await StageChange.filter(creator_id=amy.id).count() == 3
    assert await Note.filter(creator_id=amy.id).count() == 1
    assert not await Creator.filter(handle_key="amy_2").exists()
    reply = await console.say("撤销")
    assert "重新分开" in reply
    other = await Creator.get(handle_key="amy_2")
    assert await StageChange.filter(creator_id=other.id).count() == 2
    assert await Note.filter(creator_id=other.id).count() == 1
    assert (await Creator.get(handle_key="amy")).email is None


async def test_merge_is_not_a_handover(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("添加达人 @amy_2 美国加州")
    reply = await console.say("合并 @amy 和 @amy_2")
    assert "确认合并 @amy_2 到 @amy" in reply  # the older record is kept when none is named
    assert (await Creator.get(handle_key="amy_2")).deleted_at is None
    assert "已把 @amy_2 合并到 @amy" in await console.say("确认合并 @amy_2 到 @amy")


async def test_merge_in_english(db: str, clock: FrozenClock) -> None:
    console = english(clock)
    await console.say("add creator @amy tiktok US California")
    await console.say("add creator @amy_2 tiktok UK")
    await console.say("note @amy_2: likes unboxing")
    assert "Confirm merge @amy_2 into @amy" in await console.say("merge @amy_2 into @amy")
    reply = await console.press("Confirm merge @amy_2 into @amy")
    assert "Merged @amy_2 into @amy" in reply and "1 note(s)" in reply
    amy = await Creator.get(handle_key="amy")
    assert await Note.filter(creator_id=amy.id).count() == 1


async def test_an_operator_cannot_delete_someone_elses_creator(db: str, clock: FrozenClock) -> None:
    dispatcher = build_dispatcher(Settings(), clock=clock)
    admin = Console(dispatcher, user="小李", locale="zh_CN")
    await admin.say("添加达人 @amy 美国加州")
    operator = Console(dispatcher, user="小王", locale="zh_CN", user_id="console:wang")
    reply = await operator.say("确认删除 @amy")
    assert "已删除" not in reply
    assert await Creator.filter(handle_key="amy").exists()


async def test_a_deleted_creator_leaves_the_summary(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("添加达人 @bob 英国")
    assert "达人总数  2" in await console.say("本周进度")
    await console.say("确认删除 @amy")
    assert "达人总数  1" in await console.say("本周进度")


async def test_adding_a_deleted_handle_says_restore(console: Console) -> None:
    await console.say("添加达人 @amy 美国加州")
    await console.say("确认删除 @amy")
    reply = await console.say("添加达人 @amy 美国加州")
    assert "恢复达人 @amy" in reply
    assert await Creator.everyone().filter(handle_key="amy").count() == 1


async def test_merging_two_creators_linked_to_the_same_shop_keeps_the_survivors_link(
    console: Console,
) -> None:
    """Both have a TikTok Shop identity for one shop (unique per creator and shop): the kept creator's
    stays, the other's is dropped; a link for another shop moves; undo gives the other creator both back."""
    from datetime import UTC, datetime

    from models.tiktok_shop import CreatorLink, ShopConnection

    await console.say("添加达人 @amy TikTok 美国加州")
    await console.say("添加达人 @amy_2 TikTok 英国")
    amy, other = await Creator.get(handle_key="amy"), await Creator.get(handle_key="amy_2")
    expiry = datetime(2030, 1, 1, tzinfo=UTC)
    us, uk = [
        await ShopConnection.create(
            workspace_id=amy.workspace_id,  # type: ignore[attr-defined]
            shop_id=shop,
            cipher=f"ROW_{shop}",
            access_expires_at=expiry,
            refresh_expires_at=expiry,
        )
        for shop in ("us", "uk")
    ]
    await CreatorLink.create(creator_id=amy.id, shop_id=us.id, open_id="open-amy", conversation_id="c1")
    await CreatorLink.create(creator_id=other.id, shop_id=us.id, open_id="open-amy2", conversation_id="c2")
    await CreatorLink.create(creator_id=other.id, shop_id=uk.id, open_id="open-amy2-uk")
    await console.say("把 @amy_2 合并到 @amy")
    assert "已把 @amy_2 合并到 @amy" in await console.press("确认合并 @amy_2 到 @amy")
    links = await CreatorLink.filter(creator_id=amy.id).order_by("shop_id").values_list("shop_id", "open_id")
    assert links == [(us.id, "open-amy"), (uk.id, "open-amy2-uk")]
    assert not await CreatorLink.filter(creator_id=other.id).exists()
    assert "重新分开" in await console.say("撤销")
    back = (
        await CreatorLink.filter(creator_id=other.id)
        .order_by("shop_id")
        .values_list("shop_id", "open_id", "conversation_id")
    )
    assert back == [(us.id, "open-amy2", "c2"), (uk.id, "open-amy2-uk", "")]
    assert await CreatorLink.filter(creator_id=amy.id).values_list("open_id", flat=True) == ["open-amy"]
