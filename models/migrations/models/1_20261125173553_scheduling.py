"""Scheduling: deliveries, outreach sequences and plans, send policy, processed events."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "processed_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "platform" VARCHAR(16) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    CONSTRAINT "uid_processed_e_platfor_b9f529" UNIQUE ("platform", "key")
);
CREATE INDEX IF NOT EXISTS "idx_processed_e_created_a72a8c" ON "processed_event" ("created_at");
COMMENT ON TABLE "processed_event" IS 'One dedupe key (e.g. `msg:<tenant>:<message_id>`), kept at least 8 hours (Feishu retries for ~7 h).';
        CREATE TABLE IF NOT EXISTS "outreach" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "step" SMALLINT NOT NULL,
    "stop_reason" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_outreach_workspa_cf7324" ON "outreach" ("workspace_id", "creator_id", "status");
COMMENT ON COLUMN "outreach"."status" IS 'ACTIVE: active\nSTOPPED: stopped\nDONE: done\nCANCELLED: cancelled';
COMMENT ON TABLE "outreach" IS 'One creator''s outreach sequence (step 1 = first touch, then follow-ups) until a reply stops it.';
        CREATE TABLE IF NOT EXISTS "delivery" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "local_wall" VARCHAR(19) NOT NULL,
    "zone" VARCHAR(64) NOT NULL,
    "version" INT NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "last_error" VARCHAR(500) NOT NULL,
    "message_ref" VARCHAR(128) NOT NULL,
    "step" SMALLINT NOT NULL,
    "resolution" VARCHAR(16) NOT NULL,
    "resolved_at" TIMESTAMPTZ,
    "text" TEXT NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE CASCADE,
    "outreach_id" INT REFERENCES "outreach" ("id") ON DELETE CASCADE,
    "owner_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_delivery_status_698bee" ON "delivery" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_delivery_workspa_bc4ec7" ON "delivery" ("workspace_id", "owner_id", "status");
COMMENT ON COLUMN "delivery"."kind" IS 'REMINDER: reminder\nOUTREACH: outreach\nDIGEST: digest';
COMMENT ON COLUMN "delivery"."status" IS 'PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nCANCELLED: cancelled\nSKIPPED: skipped';
COMMENT ON TABLE "delivery" IS 'One timed outbound message: local wall time + zone as asked, `due_at` in UTC, status and version.';
        CREATE TABLE IF NOT EXISTS "outreach_plan" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "items" JSONB NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "outreach_plan"."status" IS 'PROPOSED: proposed\nCONFIRMED: confirmed\nCANCELLED: cancelled';
COMMENT ON TABLE "outreach_plan" IS 'A proposed batch waiting for confirm, change or cancel; `items` holds the computed times.';
        CREATE TABLE IF NOT EXISTS "send_policy" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "weekdays" VARCHAR(20) NOT NULL,
    "window_start" SMALLINT NOT NULL,
    "window_end" SMALLINT NOT NULL,
    "quiet_start" SMALLINT NOT NULL,
    "quiet_end" SMALLINT NOT NULL,
    "skip_holidays" BOOL NOT NULL,
    "gap_seconds" INT NOT NULL,
    "followup_days" VARCHAR(40) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "send_policy" IS 'A team''s send window, in the creator''s local time. Minutes after local midnight.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "processed_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "key" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    CONSTRAINT "uid_processed_e_platfor_b9f529" UNIQUE ("platform", "key")
) /* One dedupe key (e.g. `msg:<tenant>:<message_id>`), kept at least 8 hours (Feishu retries for ~7 h). */;
CREATE INDEX IF NOT EXISTS "idx_processed_e_created_a72a8c" ON "processed_event" ("created_at");
        CREATE TABLE IF NOT EXISTS "outreach" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nSTOPPED: stopped\nDONE: done\nCANCELLED: cancelled */,
    "step" SMALLINT NOT NULL,
    "stop_reason" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* One creator's outreach sequence (step 1 = first touch, then follow-ups) until a reply stops it. */;
CREATE INDEX IF NOT EXISTS "idx_outreach_workspa_cf7324" ON "outreach" ("workspace_id", "creator_id", "status");
        CREATE TABLE IF NOT EXISTS "delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* REMINDER: reminder\nOUTREACH: outreach\nDIGEST: digest */,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nSENDING: sending\nSENT: sent\nFAILED: failed\nCANCELLED: cancelled\nSKIPPED: skipped */,
    "due_at" TIMESTAMP NOT NULL,
    "local_wall" VARCHAR(19) NOT NULL,
    "zone" VARCHAR(64) NOT NULL,
    "version" INT NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "claimed_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "last_error" VARCHAR(500) NOT NULL,
    "message_ref" VARCHAR(128) NOT NULL,
    "step" SMALLINT NOT NULL,
    "resolution" VARCHAR(16) NOT NULL,
    "resolved_at" TIMESTAMP,
    "text" TEXT NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE CASCADE,
    "outreach_id" INT REFERENCES "outreach" ("id") ON DELETE CASCADE,
    "owner_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* One timed outbound message: local wall time + zone as asked, `due_at` in UTC, status and version. */;
CREATE INDEX IF NOT EXISTS "idx_delivery_status_698bee" ON "delivery" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_delivery_workspa_bc4ec7" ON "delivery" ("workspace_id", "owner_id", "status");
        CREATE TABLE IF NOT EXISTS "outreach_plan" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PROPOSED: proposed\nCONFIRMED: confirmed\nCANCELLED: cancelled */,
    "items" JSON NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A proposed batch waiting for confirm, change or cancel; `items` holds the computed times. */;
        CREATE TABLE IF NOT EXISTS "send_policy" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "weekdays" VARCHAR(20) NOT NULL,
    "window_start" SMALLINT NOT NULL,
    "window_end" SMALLINT NOT NULL,
    "quiet_start" SMALLINT NOT NULL,
    "quiet_end" SMALLINT NOT NULL,
    "skip_holidays" INT NOT NULL,
    "gap_seconds" INT NOT NULL,
    "followup_days" VARCHAR(40) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A team's send window, in the creator's local time. Minutes after local midnight. */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXft3mzgW/ld0/Mu0Z91u4+bRers9x3FI6q1j+9judHYmcwgB2eYEBAOiaWa2+7evJM"
    "Dm6YBtCLA6Zx6xpCvg0+veT1dXf7V0Q4Ga/bq/knCrC/5qIUmH5I9Qehu0JNPcpNIELN1p"
    "rKDsl7izsSXJtJaFpNmQJCnQli3VxKqBSCpyNI0mGjIpqKLlJslB6h8OFLGxhHgFLZLx22"
    "+tB8O6t01JhrRyU5PwwrB0kT5NVJXW77+TVBUp8Du0aXn607wXFyrUlNB3kLIki6WL+NFk"
    "aQOEL1lB+jp3omxojo42hc1HvDLQurSK2PctIYKWhCGtHlsO/T76+h4M/ie7n7Ip4r5iQE"
    "aBC8nRcACPO3GT1hLF0XguzoS5KLZyICgbiKJPXtVmX7+kr/Cqc3R8dvzu7enxO1KEveY6"
    "5eyH++gNMK4gg2c0b/1g+RKW3BIM4w2oseaIQUz6jZWMcZJsBHHyKVHEfXy3Qe4nbDDfdM"
    "QyQNel76IG0RKvyM+jzrstEP/cm/Y/9aYvSKmX9JEGGTnucBp5WR03j7bDBnfNkCUN5kF7"
    "I1Eexq0/V2J/1CoF5iwgp0McAxirOvzTQLkgDsqUCHLPVqW/z1YSWq4ktRywT48zoH16nA"
    "o3zQrjLVuQ4iK6S0gY8QuSQ7FNRj0sGcFd8URf+3/UcTohH6iMkfborR1boJ8ProXZvHc9"
    "oY/TbfsPjeHXmws0p8NSHyOpL04jzbSuBHwdzD8B+hP8Oh4JDF7DxkuLPXFTbv5ri76T5G"
    "BDRMaDKCmBZc5P9VELtfp6aU9cOlJX56jY0+t0HZr5AEs1VX4W94krdUiLCuN8aVhQXaLP"
    "8JHBPSCvJSE5aRrzdMGvwbpqBvMPvzP5qZuuakkPa70x1scICuTbIXbXgN6s37sQWgzwO0"
    "m+f5AsRUxBnoip36ClQjsO/bkne/l5Cok6RL8lFfULt57HBoEemgwMB5OZTl7th9I4UEuT"
    "URKJ+oz27FE+VhNSVZPwoqPS6BiB0Rgap/EsvaNHUyQkLdkn0WfTJ3mYXUP9jlmmMQvZy2"
    "lvs5H1TZmnrORWD2Ao6Tppj9fgdm0sOTa0yJR0C1QbEBsZ+Bk/2UBV2sCwwC19r+4HRbVJ"
    "3iOgvz7eAlIGEN2U/Ku5acrrVgTlcp6Yw8b3nsxt/GrY+H5z5DCJkmS5jZ/NxveGk8h+58"
    "A8KtdEvN+8yYL3mzfpeNO8MN70/+I9fMyDdVCmKJxLnUuKh9ky0ogrATl6zAIJwe3Llsiu"
    "GCat07ByEiut3sX1YNQFkqKr6AZd90a9K2HaBa5eYd2g8USY9uZjkhR6Qt4WOs3SQFELP9"
    "A+p5yI4UQMJ2I4EVMZ661dGBFjPCAyPbFpyrD2NJ37bi0ZcPe+qeqwh1UhA+/LVo1IFQ1F"
    "h4zKJaS7lmi5L0ozWlWf1dRQsCRHUbGoGcv9gOrRaoZuLQ1EacMRi54aVRpXXHO42KTOwc"
    "rCGB+kZ+Xg12sNVvn0el3gKpJd3yi0CQR7SNtN59hDCvbTNPsYQXAJVXvlAAyRhHCbsdZf"
    "Yd/QgWxYJqO4KfHNXGgABcTQYJw936eiRFLcJ09pAfgdQwtJGiObOB9eBT58VxIrKF9lbr"
    "Z1KQxmn76QylinvkFfhf74ugseoGzoN6g/Hs3GQ6Hr9+Nq0FehcZLYQMmdPypX5Yap0iZF"
    "3s2J8jclWjmZ2x3R7WTiyjtbuPJOnCvnZGw6+s0iY2OEYRZCizpO78tjeU77NWv9TLq862"
    "yxJ0Abr44mQlQ2GVpLkMpjQ2sJz7PRobVEq3w+tJYwcadZ7jR7eJS40+yBaL3A7A+RIpqG"
    "psoJ9raP6xjBuUH+k2EFINVN1rU1iDHNQYL66lTSKdyNprXlIG6gUBlncenfZM1WNJjITk"
    "akmLrQImUi6XQjx0pIj9bMiU5OdB6Y6JwPPs/Hn0njqffYuL9BgxGx4K+mvesuUOnHLS1J"
    "v0H/Hn+ZfzkXuuCRLCfOXUUIT3d45KHgNhJVbpQquawGpqDcODeZUC4Ca9lwELZyAR0Q2Q"
    "nliqkREV45C6uczinHvK/h0tO/sqK7kWgeuIefjl20cp/ZiIg1EOki5opnCdJQaZgPH5iB"
    "WLlLR1rmizUSkGkexgeONAJ1SdVybVX7As2DtnOSpf+SUukL3kmsBy8MTTMekjeC1GWqlR"
    "gS2+lgQ9Wgds3F953O27dnnTdvT9+dHJ+dnbx7s7Yb41nbDMjzwRW1IUMN4RuVkd2BXS3I"
    "tXCJ7gKmZdgmlHErXzO0JtPxbCL0513g18B8ZOa9/ly4YF4yWJLJu96gqTAZDmiaBU1NpS"
    "kj4Wo8H/Tmg9EVaT24NLAqYdKWN4iYoQItSmxQSEvOeteToSDOPg0mE5puS7pJjAx7pZpm"
    "IH8q9IXBz4ECFpSh+o2WoO8kjObiZDxbvxhEWKSb2DR/0huQVFNSyd8XQn84GNFSCpQ1Fd"
    "H8q0+e4HLlSZwPx/3PNOVOM+R718E098jPNPC3jPvYsCddJ2HE/2s2HqUoBl75qK+EKmPw"
    "H6CpdmH75K0PCwfJtB+BO0fVSMPbr+nzPubsgnmJyiSoKT605rWbhA/xi+veL1H0+8PxOY"
    "Ms4P9AKzjnbiz/p24swVZ3TGXHVg9L8lavSqv7GAWaPb7VRmn8fKdIgyINUrT25OX54Vx+"
    "OLdyW5ntnQ7nxuaHA6Cb2S+vYpNDVmSDk2IIVfICYPRlOMx25pn7rnHftYOh9QxOWTUZvd"
    "wn69mPDrJpKsFlxp++0v1lkF/ioM4yMS+YgFtOwKzN59OyjbBsmFtLKTxluvPLPfn4XWlL"
    "X7ZE1tLvw3kYS5InkEYgkjfoYtq7nHeBYkkLvAt/d+jw6/B7AmswJ6kp5J1XvhFeFtvYAO"
    "GX+XZ6bk0GDMejK794lLPj9NwBmqLaxEycjyOZKyMnNROS4dxMnJvxFvV8qIaFOC/DOS/O"
    "eT0/zMVxXgHNf098m3fSMopueG58Glt3heKE4pPAhpby3IxikZZ7kDlLMOAjxFq6HR8k8z"
    "LZ862eaUKkvGIR6pk0WKk26X2PXRanxzYcS4YskP3CQYg8D0hIAVSXfaWiV0wiIYr+gSrN"
    "wimE5m73y11WgR6jCRIOgSxOOFSScFhYhi7u5S0VrqHC3oHcV6pqvlLGfj0vKF9lCoZ3vI"
    "p1vMC6FOt6T1BPIUlOPVWaevIb6+4xJ1ESleMUFKegOAVVT2w5BcUpqFqgm5eC2qxSnIZ6"
    "Gtzokl4pKmodViuBhwqG3EonoULxvQr2KAmzP9ynpOoUjyT7Ll9Zz3puJKpsVmdvhoIPK2"
    "PJIsMlD8AbCR6ROEtEYgXixOPK6efqNhLVOFlHH8tP1nHXnTrxJ2QZyO25I+9p3ldMv+TW"
    "fbWx5db9M1r3bLBz4/NpHwg5xa5/brtzYhkytG2oCN8ge/uY9Rkp0d5mg5p+WRGuC2e6B0"
    "mBimNCcA8fwQv4evka3Or2svvBvc7oY/eDTmqlPhaq8vH2ZZuUMzGQMNCgZGPwDqwMx7LB"
    "C+8SJAtielSIeTr89wysXiZfmVTCM5+8XWnvS5W4DV2WDb09KGlyC9QlEOmOht7ho9jljH"
    "TZ3BCX/FafUqeYuttsMSX4ebSJ9fnaBD0iePY2XYNQgqUyqQ60wynAcPCd4SAFeKt217vr"
    "8EHSNFYE/A3Q6ItAssk/91Bpg1uFLM0SvgUqAl/m/Tb1mcSO6xRJXsEmz0hWHAp/YhYK3h"
    "Vl78cqTQ1s3gZ+WR7FvNQo5vU6yLmDT9tUuB6MLoQpdVXTad3WDRp/mU+FXv9TF/iH0W/Q"
    "xeCKTGpdoKhLaO90yPPwisZm+OzSPBvpMuMDQqRQyHK20kQYXTDPQU/+Bs38FDuQMmc/8Q"
    "267A2G1F1vIaka8wjsjfrCkCXJFAyNpc4++y6G98y3sBqt6k2FOZWbjRRnoyun2YRCAtMF"
    "VqQLbB4jISxV5Rl1VzPsfZZx9D59HL2PjqO8sa33imtdbXAPv1fsaXo5NK6ARHm0/1Gl1a"
    "4ABY0x1M2k60hnOhnz6ftUAbnyUH1TLKpvO2ena0Dpj21Yzq57w2GCW68mUQNnF5YgJHmA"
    "xbSabH8j1lKq7O3QxAEx3r5Vbl9NsrEILStpe27bBQpBqcZ5Jp1kYlVPtrCqJ3FW1d8nsu"
    "AiD9QRscZhfdTJEpqJlErXSzux8Ew2hmbehd6X4Yt8AEgy0xCA8nqFhqWa12ULuJWJAPZt"
    "J2UqIspX2yqvttUPG1fYENrWjEUEjXPDWIjJiKdPXRGxBgBfgmpTrw3jclmiet6kkOX+DH"
    "kl4dzHpTH3S33ipPQux9CjctyhujrH0BsOq79/m/NKlbAUBzYBWH5RDT9TUW1s+ZmK54yY"
    "sEpSt/OHS/CqaSiuAZWzmkEoKjblFhWDgl+rlA3XDNcqJVsMHNtsfTZDaI9sd+XkhjfHhT"
    "k1BTii1SfPCs/jcr4GP8HlPNgw6S7nwZ6QzeXcmyN/stdOrsCGpEFJLwEv6HYTOAL/BAvV"
    "sjHAhiOv2jQALwLuzd6vHNN+CRyEVQ1ILMojDddrmDZQcbLDecHP2y3ii8FdywvVwdsg3b"
    "W8ht7LNKDMt9w3BfX688HPQhe40jdoNh97bsekA7OQphfjEclXDASTXZWjA+q53M3rsG9d"
    "sMvfIfatabuLZPqx821cR8Qat/tzeC9VvvWTDn1zt3741elNa/UE94XYvaF8w49v+NUNXB"
    "53mu+iVBxbvovC407XAt0d4k7zHaoCdqg4339Yvj+dkQ7GlWUBR1SYQKede7KXn6dQk1Lc"
    "3hPCmzQD9R9l0PYTTUKtLdQ9y29noe9F0y/69O179BImYkNBBdxJWF6BB0mlFyqx6G0Eh4"
    "Vq6W3gBowHNImRif8AtyqGun0LVgb5RHannmzopkMamgV8sROu5CvySU/z9pyV56z89pgi"
    "Xu/My8tPpuPJeEaJdr8GdnXY5WB67d0aRnt2WviQanDybIjFWys9oPhaoBrxxOnzGhNPnJ"
    "/q4Kc6KqAL1ZTk5ac6OMnbMHA5GcnJyIoYwm3u0s0Js0pOuuURZkVyQTOIlImhqXJi3OBA"
    "bnsbD0SDWYrmpmAGFghDSf/JZmEwwQNpQuOhTUPzMrpl7XLpRvVlii24VpGDoQ2kBYaWl6"
    "OrClKXqwTXzSIewDmfanE+DxDeK9JjCuuToqMEZEq0WI/anfbbcszWTrbg9Vti10dtVnf0"
    "iGQitxJW0u2OlFHZ8nTCk+MahALy4IFJ0aozAQsTY1UXCOvpaQ1g/cNRId6tw0ZES3QA7t"
    "QH2R36a0iwPFSP39UAVBrHW1wR9Sl5NTs3DA1KKIWFjcpGsL0jwkWB6ysT5XLg5+PxMMT7"
    "nQ+ioYu+XJ8L0xdHbI0jhVRX144Dv5RM0Ybk0UoC7KldOSJV5hRRcGc+GIPknn5yTDGvfh"
    "YTLFFJe9s+K0dFO86ioh2nq2jHMRWN+46nQ1/PbYUsvuOV4mlrb2rGWNo8jEwmRneM4Nwg"
    "/ymDz33W5jgsm3s4tqsHLTX5uLKX097GckmbMk8RXOlIcRKpWiRS6o0Q6TpK+pUQBWonRU"
    "Ic5o9OTrIQSCcn6QwSzYtcFGEmHMFNR9gr3kB0jzI5lRxtcSo5SnAqMRD2rvzN6k8VECnf"
    "o6r4ladQ36m9FIV9F7Mf/wMarbnh"
)
