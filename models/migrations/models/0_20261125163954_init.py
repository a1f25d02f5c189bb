"""Initial schema: workspaces, chats, members, creators, stage history, notes, audit log.

Aerich writes dialect-specific SQL; this project runs on SQLite (embedded) and PostgreSQL
(production), so each migration carries both scripts and picks one by the connection's dialect.
"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "workspace" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform" VARCHAR(16) NOT NULL,
    "external_key" VARCHAR(128) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_workspace_platfor_3c6ac3" UNIQUE ("platform", "external_key")
);
COMMENT ON COLUMN "workspace"."platform" IS 'FEISHU: feishu\nWECOM: wecom\nCONSOLE: console';
COMMENT ON TABLE "workspace" IS 'One Feishu tenant, one WeCom corp, or the local console.';
CREATE TABLE IF NOT EXISTS "chat" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform_chat_id" VARCHAR(128) NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_chat_workspa_0b96a0" UNIQUE ("workspace_id", "platform_chat_id")
);
CREATE TABLE IF NOT EXISTS "member" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform_user_id" VARCHAR(128) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "name_key" VARCHAR(100) NOT NULL,
    "role" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_workspa_f2c7a0" UNIQUE ("workspace_id", "platform_user_id")
);
CREATE INDEX IF NOT EXISTS "idx_member_name_ke_dc255c" ON "member" ("name_key");
COMMENT ON COLUMN "member"."role" IS 'ADMIN: admin\nMANAGER: manager\nOPERATOR: operator';
COMMENT ON TABLE "member" IS 'A teammate. `platform_user_id` is the platform''s id, or `name:<display name>` for one only named.';
CREATE TABLE IF NOT EXISTS "creator" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "platform" VARCHAR(16) NOT NULL,
    "handle" VARCHAR(100) NOT NULL,
    "handle_key" VARCHAR(100) NOT NULL,
    "country" VARCHAR(2),
    "region" VARCHAR(16),
    "region_name" VARCHAR(100),
    "timezone" VARCHAR(64),
    "language" VARCHAR(8),
    "email" VARCHAR(254),
    "followers" BIGINT,
    "stage" VARCHAR(24) NOT NULL,
    "tags" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "owner_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_creator_workspa_86f1c8" UNIQUE ("workspace_id", "platform", "handle_key")
);
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_b0af0c" ON "creator" ("workspace_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_08cfd8" ON "creator" ("workspace_id", "owner_id");
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_20a116" ON "creator" ("workspace_id", "handle_key");
COMMENT ON COLUMN "creator"."platform" IS 'TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube';
COMMENT ON COLUMN "creator"."stage" IS 'PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked';
CREATE TABLE IF NOT EXISTS "note" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "author_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_note_creator_fe0320" ON "note" ("creator_id", "created_at");
COMMENT ON COLUMN "note"."kind" IS 'NOTE: note\nDRAFT: draft';
CREATE TABLE IF NOT EXISTS "stage_change" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "from_stage" VARCHAR(24),
    "to_stage" VARCHAR(24) NOT NULL,
    "changed_at" TIMESTAMPTZ NOT NULL,
    "changed_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_stage_chang_workspa_6bedc6" ON "stage_change" ("workspace_id", "changed_at");
CREATE INDEX IF NOT EXISTS "idx_stage_chang_creator_dd2d87" ON "stage_change" ("creator_id", "changed_at");
COMMENT ON COLUMN "stage_change"."from_stage" IS 'PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked';
COMMENT ON COLUMN "stage_change"."to_stage" IS 'PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked';
COMMENT ON TABLE "stage_change" IS 'Append-only stage history: the source for funnels and time-in-stage.';
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(64) NOT NULL,
    "target" VARCHAR(200) NOT NULL,
    "detail" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "actor_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_workspa_e3bd7d" ON "audit_log" ("workspace_id", "created_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "workspace" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL /* FEISHU: feishu\nWECOM: wecom\nCONSOLE: console */,
    "external_key" VARCHAR(128) NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_workspace_platfor_3c6ac3" UNIQUE ("platform", "external_key")
) /* One Feishu tenant, one WeCom corp, or the local console. */;
CREATE TABLE IF NOT EXISTS "chat" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_chat_id" VARCHAR(128) NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_chat_workspa_0b96a0" UNIQUE ("workspace_id", "platform_chat_id")
);
CREATE TABLE IF NOT EXISTS "member" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform_user_id" VARCHAR(128) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "name_key" VARCHAR(100) NOT NULL,
    "role" VARCHAR(16) NOT NULL /* ADMIN: admin\nMANAGER: manager\nOPERATOR: operator */,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_member_workspa_f2c7a0" UNIQUE ("workspace_id", "platform_user_id")
) /* A teammate. `platform_user_id` is the platform's id, or `name:<display name>` for one only named. */;
CREATE INDEX IF NOT EXISTS "idx_member_name_ke_dc255c" ON "member" ("name_key");
CREATE TABLE IF NOT EXISTS "creator" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL /* TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube */,
    "handle" VARCHAR(100) NOT NULL,
    "handle_key" VARCHAR(100) NOT NULL,
    "country" VARCHAR(2),
    "region" VARCHAR(16),
    "region_name" VARCHAR(100),
    "timezone" VARCHAR(64),
    "language" VARCHAR(8),
    "email" VARCHAR(254),
    "followers" BIGINT,
    "stage" VARCHAR(24) NOT NULL /* PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked */,
    "tags" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "owner_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_creator_workspa_86f1c8" UNIQUE ("workspace_id", "platform", "handle_key")
);
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_b0af0c" ON "creator" ("workspace_id", "stage");
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_08cfd8" ON "creator" ("workspace_id", "owner_id");
CREATE INDEX IF NOT EXISTS "idx_creator_workspa_20a116" ON "creator" ("workspace_id", "handle_key");
CREATE TABLE IF NOT EXISTS "note" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* NOTE: note\nDRAFT: draft */,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "author_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_note_creator_fe0320" ON "note" ("creator_id", "created_at");
CREATE TABLE IF NOT EXISTS "stage_change" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "from_stage" VARCHAR(24) /* PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked */,
    "to_stage" VARCHAR(24) NOT NULL /* PROSPECT: prospect\nCONTACTED: contacted\nREPLIED: replied\nNEGOTIATING: negotiating\nAGREED: agreed\nSAMPLE_SHIPPED: sample_shipped\nSAMPLE_RECEIVED: sample_received\nCONTENT_POSTED: content_posted\nPAID: paid\nDECLINED: declined\nGHOSTED: ghosted\nBLOCKED: blocked */,
    "changed_at" TIMESTAMP NOT NULL,
    "changed_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* Append-only stage history: the source for funnels and time-in-stage. */;
CREATE INDEX IF NOT EXISTS "idx_stage_chang_workspa_6bedc6" ON "stage_change" ("workspace_id", "changed_at");
CREATE INDEX IF NOT EXISTS "idx_stage_chang_creator_dd2d87" ON "stage_change" ("creator_id", "changed_at");
CREATE TABLE IF NOT EXISTS "audit_log" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "target" VARCHAR(200) NOT NULL,
    "detail" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "actor_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_audit_log_workspa_e3bd7d" ON "audit_log" ("workspace_id", "created_at");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXGtzozgW/SsUX7a3Kp3NuPNa19RUEYekvXFsl01PzyNTtAyyTQUkhsekPbP930cSYJ"
    "52wA+CPfrQ1bF0r0BHz3N0xV+ihXVouqedOfDEtvCXiIAFyR+p9BNBBLYdp9IED0xMZqhF"
    "FhPXc4BGS5kC04UkSYeu5hi2Z2BEUpFvmjQRa8TQQLM4yUfG7z5UPTyD3hw6JOPXX8UX7D"
    "y7NtAgLdw2gTfFjqXSp6mGLv72G0k1kA6/Qpfa05/2szo1oKmn6kFsSRZLV72FzdK6yLtj"
    "hvR1JqqGTd9CsbG98OYYLa0NxOo3gwg6wIO0eM/xaf3o64cwRFUOqhKbBK+Y8NHhFPiml8"
    "BjosZpoqr2B4o6lhVVFSsgqGFE0Sev6rLaz+grvG99d351fv3h8vyamLDXXKZcfQseHQMT"
    "ODJ4+or4jeUDDwQWDOMY1Fxz5CAm/cYpxrjIN4M4qUoW8QjfdZBHCTHmcUesA3QLfFVNiG"
    "benPz8rnW9BuIfpVHnozR6R6z+TR+JycgJhlM/zGoFebQdYtxNrAETVkE79qgPY/HPudrp"
    "i7XAXAbk1RDnAPYMC/6JUSWIkz41giy5BvjPeA7QbA6MesC+PC+B9uX5SrhpVhpvzYEUFz"
    "VYQtKI35Icim0x6mnPDO566Hoa/XGI0wmpoD5A5iJcO9ZAr3Qf5bEiPQ7p4yzX/d1k+EmK"
    "THNaLHWRSX13mWmmZSHC567yUaA/hV8GfZnBi11v5rAnxnbKLyJ9J+B7WEX4RQV6YpmLUi"
    "PUUq2+XNoLl46Vq3PW7fV1+hCaeQdLNd38TJ8LV+rULiqN8x12oDFDD3DB4O6S1wJIK5rG"
    "wr3g52RZBwbzt6gzRalxV3XAy3LfmOtjBAVSd+gFa4A07ki3ssgAnwDt+QU4uppCnubgFs"
    "6kLG3zWVbLyqYABGYMIVoV+uIh/o/QmrDdcW6XHuas3adbsc1rO3VREjwILIs076nwZblh"
    "813oEFi+CIYrkH26EGX8yxUM/UTAjvCFvlf7e91wSd5CoL9++CIQG4Gsj+SfGaTpp2Km0e"
    "p5YgWeET6Z84xm8IyoOTbhGQlfzjPK8YxwOKnsdwXMs37HiPfZWRm8z85W403z0njT/9Vn"
    "uKiCddJnXzjXOpfsH2YHryLPMvKt3C4oBXfkWyPDwzYtEzsVyZ0o3T52+20B6JaBntCj1J"
    "fu5VFbCPYVzhMaDOWRpAxIUuoJVVvoskwDZVlGon0uORnkZJCTQU4Gj5YMxsjjF0SmJzZN"
    "YcfNw38T+t89jCDZt9L6rES+E5RSAvewTk2HPb0Vwh7cEqA+KeJI0SGjcgbpyQmabYvSmB"
    "bVYSUdKVjA1w1PNfFsO6AkWkwvKOVIUNqnShUvDAVCVWrVWK1VpRaq1+WqAYLCHTTcuS94"
    "EAHknTD15zPsYEvQsGMzqYgKSOw4TKCAkO18XoXapqBCcSkSIagB/OpBBwGTkTauKzVBV9"
    "qUDCb9m6xxiHdyd/zxEymMdeon9FnuDB7bwgvUsPWEOoP+eNCT21E/bgYNTI2TwgYq7vxZ"
    "vyY3TJPEvqoiX/3inljP8XarlObUWqM5tfKaExc1VqN/XKJGjniXIYY0CGpbPhgG4B1Y65"
    "fawgeHllsCFJ+OHiNEdYsKBwlSfarCQcLzZrLCQaJVv65wMDDtU1iIpqiiKPV49loTqJ4w"
    "qiNWnf5NxoFuwkLGn/FiQ1AkNpl0qhw7BenZkrl4wMWDHYsHSvdBGTyQxjOePfz8hLp9si"
    "u+H0mPbcGglZs5wHpCPw8+KZ9u5LawwL7nTxoiIgTDowqtjT2a3ChNCqdITEGVcT5mkWYf"
    "WGvYR55TCeiEy0YoN+wwI6PVlFFqVus0ucggOAv3amXRjT2OD9zdT8cBWpXjCTNuR4j0Pu"
    "aKN7nE1GiYd39xySQE1wezanfxEj7Hh/GOb+JBCxhmpeOfyOH4oG1dlOm/xGr1gneR68FT"
    "bJr4pVhcNWYrWWLKbaOgu6ZBHdDF/7ZaHz5ctc4+XF5fnF9dXVyfLXljPmsdgbzp3lMOmW"
    "qIiFRmFLdNGeTSucYjONvBrg01r+JRnDgcDcZDuaO0hagEdu6sSB1FvmUnzx7QyLs+oZE8"
    "7HVpmgNt06Apffl+oHQlpdu/J60HZ9gzgEfa8gkRGipTU8JBIbUcS4/DnqyOP3aHQ5ruAs"
    "smJMOdG7adyB/JHbn7Y8LAgRo0/qAW9J3kvqIOB+Pli0HkqfRgiOYPpS5JtYFB/r6VO71u"
    "n1rpUDMNRPPvP4aOs3nocdMbdB5oysTE2jPUNyHGrVIDf824zw170nUKRvz/xoP+io1BaJ"
    "89fzQ0T/i/YBru3s6exO+nPtJoPxImvmGShndP6fN+2Ndp8BqoKT6po8cI4neP0k9Z9Du9"
    "wU32TJEWcMOPhv+hR8PJVvdtfcNWT3vyVm9Kq0cYJZo9d2bEZPxqNxySLke00dpSl+cXR/"
    "jFkcade55sdHEkNz/sAN3SsS4NmxzKIpucFFOokhcQ+p96vXL3cXg8CI8HaWygA+tZBVEO"
    "UY9bHeKAIoudxjfkAhcSkRQJJlItDGGdxnRkkQi1SEur4xWeSeU3VZoi3xqFpqgPVxGZSJ"
    "5MGoF4PqHbkXSntAXdAVNvE8ll11+Ug18LiJ5CUlfoLaH9URyMryNw8k/KekVlyd96g/59"
    "ZJ6VWbiisoOmaDaXzksoJHOOK7LplA+n03k6HS7q1VBNO3EqzWUKLlO8Pcz7kykSO/8t8T"
    "2+CydZdNNz4+vYBisU14BeBTa1lFcWgfbJ3JNiRwGBz2ghq3l8Un8pxedFybYh0t+zD14y"
    "b2FuuKT3LdrscwUu9h0Nsu9iTn2EyPMEgHSB7mXfG+g98yj4KOeOCi2jKaTm7qDmgapAbz"
    "4kBYdEFhccGik4TB1sqVsFuKRLaHBAFw9vaVp4C96u5yX9myzB8I7XsI6XWJdyXe8V6Snl"
    "yaWnRktPUWNNFhWFkqwfl6C4BMUlqMPElktQXII6CHSrSlDxKsVlqNfBzS7pjZKill8XKd"
    "Chkl8eWS1CpT5zsueIkrT6w2NKmi7xAC2K+ip7PS/2aDKtLt8Me75f6gGHDJcqAMce/MOM"
    "ZT7MqEOv8Ibp6qtQsUczLkPRx/LLUDx055D0E7IMVI7c0bak9w3bX3J232xsObt/Q3bPBj"
    "snn6/HQGgreP2b807oGNpcLGKdQc7JWs4Z2+yTcFZilf8USrm3Dyb+AR23IltMuBwhXWxd"
    "XJT6nsvFmu+5XGT5DB1UFRAOzY8Q3T19f48dW1ehiwmX+vni29CRnTHD3B6szsXs299wxo"
    "vd"
)
