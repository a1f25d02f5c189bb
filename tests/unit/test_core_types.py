"""Queue mode parses once: the message the web process understood travels to the worker as a record of
our own type, not as the platform's payload to parse again."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from bot.core.types import ChatRef, InboundMessage, Mention, Sender, message_from_record, message_record
from models.enums import Platform


def test_a_message_survives_the_queue_as_it_was_understood() -> None:
    message = InboundMessage(
        chat=ChatRef(Platform.FEISHU, "tenant_1", "oc_group"),
        sender=Sender("ou_alice", "Alice"),
        text="@amy 交给 @小王",
        event_id="ev_1",
        received_at=datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        mentions=(Mention("ou_wang", "小王"),),
        locale="zh_CN",
        raw={"event": {"huge": "platform payload"}},
    )
    record = json.loads(json.dumps(message_record(message)))  # what Redis holds
    assert "raw" not in record
    assert message_from_record(record) == replace(message, raw={})
