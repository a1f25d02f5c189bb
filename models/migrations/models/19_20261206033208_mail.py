"""mail."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "mail_suppression" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "address" VARCHAR(254) NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "detail" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_suppre_workspa_d82bac" UNIQUE ("workspace_id", "address")
);
COMMENT ON TABLE "mail_suppression" IS 'An address the bot never writes to again: it bounced, or its owner asked to stop.';
        CREATE TABLE IF NOT EXISTS "mailbox" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "address" VARCHAR(254) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "username" VARCHAR(254) NOT NULL,
    "password" VARCHAR(512) NOT NULL,
    "smtp_host" VARCHAR(253) NOT NULL,
    "smtp_port" INT NOT NULL,
    "smtp_security" VARCHAR(8) NOT NULL,
    "imap_host" VARCHAR(253) NOT NULL,
    "imap_port" INT NOT NULL,
    "imap_security" VARCHAR(8) NOT NULL,
    "sent_folder" VARCHAR(200) NOT NULL,
    "append_sent" BOOL NOT NULL,
    "bot_sends" BOOL NOT NULL,
    "daily_cap" SMALLINT NOT NULL,
    "ramp_start" SMALLINT NOT NULL,
    "ramp_step" SMALLINT NOT NULL,
    "min_gap_seconds" INT NOT NULL,
    "footer" TEXT NOT NULL,
    "next_free_at" TIMESTAMPTZ,
    "queue_until" TIMESTAMPTZ,
    "uidvalidity" BIGINT NOT NULL,
    "last_uid" BIGINT NOT NULL,
    "last_error" VARCHAR(300) NOT NULL,
    "connected_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "member_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailbox_workspa_107b1c" UNIQUE ("workspace_id", "address")
);
COMMENT ON TABLE "mailbox" IS 'One teammate''s mailbox, connected with an app password (sealed with models.secrets). `bot_sends`: the';
        CREATE TABLE IF NOT EXISTS "mail_message" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "direction" VARCHAR(3) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "message_id" VARCHAR(255) NOT NULL,
    "in_reply_to" VARCHAR(255) NOT NULL,
    "address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "started_at" TIMESTAMPTZ,
    "sent_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE SET NULL,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "mailbox_id" INT NOT NULL REFERENCES "mailbox" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_messag_mailbox_7b1528" UNIQUE ("mailbox_id", "direction", "message_id")
);
CREATE INDEX IF NOT EXISTS "idx_mail_messag_message_c5db61" ON "mail_message" ("message_id");
CREATE INDEX IF NOT EXISTS "idx_mail_messag_mailbox_8a48a2" ON "mail_message" ("mailbox_id", "direction", "started_at");
COMMENT ON TABLE "mail_message" IS 'A message the bot sent (`out`: its status sending → sent) or read (`in`, with what it was: reply,';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "mail_suppression" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "address" VARCHAR(254) NOT NULL,
    "reason" VARCHAR(16) NOT NULL,
    "detail" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_suppre_workspa_d82bac" UNIQUE ("workspace_id", "address")
) /* An address the bot never writes to again: it bounced, or its owner asked to stop. */;
        CREATE TABLE IF NOT EXISTS "mailbox" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "address" VARCHAR(254) NOT NULL,
    "display_name" VARCHAR(100) NOT NULL,
    "username" VARCHAR(254) NOT NULL,
    "password" VARCHAR(512) NOT NULL,
    "smtp_host" VARCHAR(253) NOT NULL,
    "smtp_port" INT NOT NULL,
    "smtp_security" VARCHAR(8) NOT NULL,
    "imap_host" VARCHAR(253) NOT NULL,
    "imap_port" INT NOT NULL,
    "imap_security" VARCHAR(8) NOT NULL,
    "sent_folder" VARCHAR(200) NOT NULL,
    "append_sent" INT NOT NULL,
    "bot_sends" INT NOT NULL,
    "daily_cap" SMALLINT NOT NULL,
    "ramp_start" SMALLINT NOT NULL,
    "ramp_step" SMALLINT NOT NULL,
    "min_gap_seconds" INT NOT NULL,
    "footer" TEXT NOT NULL,
    "next_free_at" TIMESTAMP,
    "queue_until" TIMESTAMP,
    "uidvalidity" BIGINT NOT NULL,
    "last_uid" BIGINT NOT NULL,
    "last_error" VARCHAR(300) NOT NULL,
    "connected_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "member_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mailbox_workspa_107b1c" UNIQUE ("workspace_id", "address")
) /* One teammate's mailbox, connected with an app password (sealed with models.secrets). `bot_sends`: the */;
        CREATE TABLE IF NOT EXISTS "mail_message" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "direction" VARCHAR(3) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "message_id" VARCHAR(255) NOT NULL,
    "in_reply_to" VARCHAR(255) NOT NULL,
    "address" VARCHAR(254) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "started_at" TIMESTAMP,
    "sent_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE SET NULL,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "mailbox_id" INT NOT NULL REFERENCES "mailbox" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_mail_messag_mailbox_7b1528" UNIQUE ("mailbox_id", "direction", "message_id")
) /* A message the bot sent (`out`: its status sending → sent) or read (`in`, with what it was: reply, */;
CREATE INDEX IF NOT EXISTS "idx_mail_messag_message_c5db61" ON "mail_message" ("message_id");
CREATE INDEX IF NOT EXISTS "idx_mail_messag_mailbox_8a48a2" ON "mail_message" ("mailbox_id", "direction", "started_at");"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfQtzo7i27l9RuW5Vp+t4+iR2Xp2Z2XWdxOn27sTOSZx5nPEUUUC2OcHA8Oi099lzf/"
    "uVBNg8BEZ+YKBVNZNOQEvYn8TSeq//bcwMBWn2h6spdBoX4H8bOpwh/EvkehM0oGkur5IL"
    "DnzR6EA5GPFiOxaUySxjqNkIX1KQLVuq6aiGjq/qrqaRi4aMB6r6ZHnJ1dW/XCQ5xgQ5U2"
    "ThG3/80XgzrFfbhDIik5sadMaGNZPI0yRVafz5J76q6gr6hmwynvxpvkpjFWlK5HvgsfgW"
    "vS45c5Ne6+nODR1IPs6LJBuaO9OXg825MzX0xWhVp99vgnRkQQeR6R3LJd+PfHwfhuAre1"
    "9lOcT7iCEaBY2hqzkhPF6k5bWGJPUHQ+mxO5SkBgeCsqET9PFHtem3n5CP8EPr6Pjs+Lx9"
    "enyOh9CPubhy9rf36CUwHiGFpz9s/E3vQwd6IyjGS1ATy5GAGO8bi40xizaGOP4qccQDfL"
    "MgDy4sMV9uxCJAn8Fvkob0iTPFfx61zjMg/qXzcPW583CAR70njzTwm+O9Tn3/Vsu7R9Zh"
    "ibtmyFBDPGgvKYrDuPGvqXTVbxQCcx6Q0yFOAOyoM/QvQ+eCOExTIMgdW4X/+TiF+mQK1W"
    "LAPj3OgfbpcSrc5FYU7zf0MjWMV+kVzXkgj5EViHoxQLdOTnMgjUelQk3vsbFGlmVY66C9"
    "IKwd3tvf2LKFCBSSJxtFkb7GdwjTYKMdpYxBrfikH4JfqnhO4i+oDHRt7gtFGdAPe3fdx2"
    "Hn7p48bmbbf2kUv86wS+606NV57OpB/KVYTAJ+7Q0/A/In+O9Bv0vhNWxnYtEnLscN/7tB"
    "PhN0HUPSjTcJKiH5LbgaoBZ9xQKZlSkTpYqdcbLVAmgVlnkLMiiR6sevTBE0oh5Ecb4xLK"
    "RO9C9oTuHu4Y8FdZl1PvtKzq/huSoG89/BZgquLreqBd8WClFij2EU8HdHjsf7O49Xnetu"
    "gwL+AuXXN2gpUgrymEz9iiwV2UnoL33amy8PCMv55Lukon7tzTOvEegRZmC4DuZ08nQzlA"
    "ahWeqMkoT1Qn3DHRVgdY+nqiteJtIVPImER+i2B8iGqN17Mw6XE9YVO0WdINvZlG3RSeoK"
    "kTozDcuRXFMzoLIhUj061xOdKgde/qlVKbhkDVrqWJW38R5eheeq6/4yMP+SZIzIpqwez3"
    "OFx9YJJyJ8GS0jJHRFxLHkrVlrFr8CdTihX4k8mzzJx+sOzV6oZT1h4ffvNLNs/LPlmFVW"
    "/kYHOAjOZng9PoDnhbHXtZGFJc9noNrAmSIQ3HhnA1VpAsMCz+RzXfykqDa+Nwfkr388Az"
    "wGGDrC/2veNeVDI4ZyMU/k8FH4TxY+inL4KILlSECcw0cRohU+inw+Cv91kujfHJjH6eqI"
    "9+FhHrwPD9PxJveieJN/ee3nYZpd4VwoL9k9zJaR5njr6u4sYWiKwB3QFmg3x3IWntMz13"
    "Mg3uhc3/X6FwAqM1Uf6XedfudT9+ECeHKFNdIH992HznCAL0WewLtCedwbR+nejaOEc0PY"
    "29OhF/Z2YW8X9vbK2tuNNx2zJ8qmDGtTG4M3S02tMbrhbOqU6OMpaooOfisniERd6ZNNUX"
    "okU13RmWoKFnQV1ZE0Y7IZUB0yza03Sw1RWroCJV+MKswlWHG4KFMXYOVxDG5lZ3G4USsN"
    "VvFe1CrCNdEM24bWXHKQNdsQrk/+XEM8VU3hKonPuYrQWcjU5pJiwfGmfucHMtM1maimUM"
    "lwZkKsR25Jlrjyp6spWn4sw5bkrrwxDVVEyoTzGdK3BdW9N1tNsRLhHyL8o2bhH1XcV9DB"
    "k7y4dFdth211ljPWFLMZVLUX49umpq07b5oagbTLsKKlJZ8RWRQx86cHF0U8C6vjiwY6Aj"
    "dItacucJAOdadJw3V+RVfGDMiGZdLYHhLxQ3MfAQHE0FAybGiTiZjRQEHUCBmAvmHVUoca"
    "9bKLQKAyBAKt670P05c5KKVx0+09fn7Ck9FNPdJ/7V4N7i7AG5KN2Ui/GvQfB7fdi2Afl8"
    "NvH3lPmAvE3vxxujIvTJmis3ijsoqPxioqxTZXkFArI0iolQwSerGgzhVouCCoHb47CcIS"
    "UT7p6NcryicRiZInUoJUFNlUC/er2VRs9fNpSDSKf1P9aJEKUEeIio6yqSRIxYXZVBKevc"
    "XZVBKt4gNtKgmTSLoXSffbR0kk3fPFixQaKVJJpEoSKlJJ7PYUK1JJrEL7S5Ix92EYtXgA"
    "C+2uq2C2usPm2nCyPdiegtnqCNsiNGlDvTB/SFKlYZJMy1BceWNbjD/dvTdbbVEzyOc3rK"
    "0EkYTnqitgooxP7pi3DUWv3LFulQRJQVDRVH1zldqbpq4w7TEmsJJ4efa/sWa8bcP6d4Pn"
    "qStSInySEzANQYskA6NvWDTSNmVct95sXW+yumImKo7xx5xuaIvnijWtJFjom+ffkcgX2x"
    "Curj/XA6yvT8ywlI09zwMyR10BsikPxoM2Vmwe6UxXRn2VGxLpLc2QTSxOW4j2vvNmqjVa"
    "tmuaFv6emzN3gtjjcrY6o1ZoNkFlUOJKJwgxOKQrkmloqpzhRRvoaGjgHzm4HJ7ufjFbTT"
    "I1mC7av1zDgduALHDU/lcwYQ1Rw1wJP9SWbOQ4ZLItwPbgTfm4nLEmuHGm+gRBbawmgct4"
    "t4w+gaFBRbQKJL9juVrREDMHJ0ZFjTYNPCZ2ndRpsRjXwzMnbnqTLaibNFfnT5H1I7J+ts"
    "8HGsPel+HgC1489dUxXkd6r/847Hx66NxdAJV8uYkFZyP998HT8OmyewHm+GBxX0qS/eO9"
    "RewlYm//JUWZFyX/W7D7nIkQp+LGuc7ZVTvJTzFc3WGFiaUDHSJZC+WSSRuxJKs8KVbpCV"
    "aJGsxo4otqedFdUtQP3O2zYw8t7srtMbIaIr0LXrGXVrOlhnn7XTg1qE9cZpRbRsfkEE39"
    "MN5yv2RE7GQ86C4I6gdt6yTP/sWjMpr2JnawOeVkEQuC+gHcziNOtNPliXZCoBgbmma8sT"
    "1T6iRVB4+QrVU8vmw4e8r4x1ar3T5rHbZPz0+Oz85Ozg8XWnnyVpZ6ftn7RDT0yDoEKnss"
    "UGZd/XxBXGDmvGkZtom8SFQeFf3+YfB4370aXoBgBlqOY9i5GnavaUEOB8r4s470h+79bY"
    "9cI7kAKrnS734aDHudYa//Ca8emhiOCokhcqRjJb9LhmINH5GRj527+9uu9Pi5d39Prvsu"
    "RXuqmmbo/kP3qtv7JTTAQjJSv5IR5DN1+0PpfvC4+GBIdySSz03u33d6+KoJVfz7dffqtt"
    "cnoxQkk/A3fO3TZ59wMvUpLm8HV1/IlRfNkF+9IlbcfDUXW83gqgmmircO443/5+OgnyJ2"
    "+ePjZQNU2QH/Bpq6O1dr46exq8tkH4EXV9XwwtsfyPP+wbkFea3FLKgJPmTmRcWAAOKDu8"
    "5vcfSvbgeXFLJQKQAywaWo6JCbKderokN41V1TWXPVo5Ri1cuy6gFGoWVn5TCj9VY9SrmF"
    "VS+Z/FXdRU6+29TnxdePKUxSI3F6Q9+WaHO1K2wTxYVEm6vdtrlK8IctoJu7EFHJmENeZM"
    "NMMYIq/gCg/3R7m697mCjWI4r1bA2tPVShqcjbK4rQrBGrJ8pdiBxxkQAtEqBLDpPIjCtp"
    "plcVZYO9JS9VBSyu/BLOGHaqyTAC2AMNJz16XQ9GbDV0PRGTHgqSD/k3+ELHszzXNYseL8"
    "RhnR5j/qqmVXtf7b8OaAt0Xwd7mMd1je918SJgypF+/dC5GV4AJRC09xx75KBvDEfCEF9N"
    "8eL642sRzJzlMej+Nsz20y4cBreD/qdgeNx5K/y036HzBt+cGpzemwiNcN8k3Tf+oc6Hap"
    "RIuG6EW0y4xfYP8+7cYiHJf0N869d9Io5ulDeuxtY7oYTPcSWwkaOc2+m4S8097FxjKPAx"
    "31u6Hh/29+XS5xsdk9Q0/8HQtTmg1GCq2nj3zS9ob0jbcC0ZgbFhgbGr6/h5AOoKILLsD6"
    "r+A6VI9p7c1qR5bAoR3u19c8+qQPLWwwaH2K00OvIaWcZMWkRgY3lyGcpN76j+WxTMHn9U"
    "mCLzsdEHsT4EfdQqQvzLXLIR3v94qwlrSjmtKdElW8emEp2hxAkwIiOgbBkBxmY7L0xfZv"
    "uS2Hgl23ixI43HrhahFHa1UtvVomIRzzJHKUXoe5lXOSJmJrVNzYApgmScMLbMY0JZq6W9"
    "Hjxd3nbBPT4Beo89P69ssZb0JpXb/9JUT/986HZuU1jny5zTshqnEzZrYbMWNutqYits1s"
    "JmXQl0eW3Wy1NK2K1Xgxs/0ktlu170JmYYrsN9i9Ot1pEmyTsOQYuafUUQWtnNplAOokST"
    "hquUgA05Ja60VKaq/Muw4yJiDrTw68ID8JKiwOi+RiHwtnKVwmtllMJrJUvhKchhlhFLr8"
    "iypChHTRbyWFGTRcT6VclahY8B7lA/eUP1vmTypdDuy42t0O73qN3Tl10on6uDpuQUvX7f"
    "eue9ZcjItpHS/Yrop09on7ERzSwd1AzGSmgxeGXw1EBHQEGKayLwiubgAH2YfADPM3ty8Z"
    "ODdKg7/7j4yU+Gwwj+4/l9E48zHQAdoCFoO+AcTA3XssHBDVLtqQss5JDyAzQ06v+dgen7"
    "ZGxVQc9kdiIJd41gdR0ROnQpdejsZiHsFahKg5A1Fb3tV5fn7EBR39YTO9Ghq6W0Fcliqq"
    "6zJYTg/UgTi5o9DDkiXM8nXYJQwqNyiQ5kwynAcJ0Xw9UV4J/aF0AzZKiBN6hpdAj4D0C6"
    "IgBo4/9ekdIEzwo+mqHzDFQdPA2vmiTI2nG9KGr8EUjnSrbgsPMn5jHBe6T089FJU/uSNU"
    "EwVnQXK7S7WLUyv9eIE33o3vX6190HEv45I3NbI33wNHzodq4+X4CgwNVIv+59wkztAijq"
    "BNnOSMdz9q68jHFVLkmXseXrtM5yLamLrDSPdMXvNskV3dvtX9PoXJ9+pD8GV+zQlSH9E6"
    "/WTad3S0Jix1DVaNRtp3/VvaWXZAKGRq8+fgnCeF9p/G45VtVnjZzCzpJKWKdLJ+lEWveQ"
    "A1ciBy6P0hClKjOHXVct+5jnPfqY/h59jL9HvD2oNuo/VW5wt+879iU/DgksRFGcG+Co1G"
    "JYpBIbmpmsqn6PM/zOp/utQnTFoXq4W1TbrbPTBaDkjywsH+86t7eMMF8NEoVnHatBhFLk"
    "JZT5LCXC3hpLHCIT61vm9dWg7UjIsljuuqxGh2Gq2kUqneSysp5kWFlPklbWwG9koTEP1D"
    "Gy2mF91MpT2w2PSpdLW4n6braDTN6DPqARh3yk0LaNAeKNEo1S1W/L7qB7Mgbs61rCVIxU"
    "nLZlPm3LX3dyZ69Q1jLuouqkVwdHYiOezrpiZDUAvgDRxkImYnGurBMioKgdwtsv9GCntE"
    "1JF2UWBCLSNiU/uTLhDsVCXc0Oknn6hspT6HAn+zsiqnr1e8RdRCFOJ5hUeYoo1BzWIPqA"
    "s8lolEoAywBWtG4VGUHlxlZkBO2z3seUJW7zF/uY5qpmVVVcQyJnOUuolIzl7qqCimg0nA"
    "/XHI2G2RqDwDbfns1RmCZf91hueDlayFYU4JhUz+YK6QkToXBSGsC8aSdMOkl90I5V6Si6"
    "W2gVURL9HffY33HB7xg5SmFemJ6jFGa++XKUfLHknb3IigA2wkuAGTM4IPEI4Aj8DMaqZT"
    "vAMVx52iQtHnQwNjTNePvBNe33wNUdVQOQltomDSEM0waqw85Q2vHz1isRZohcpNQ3Yde5"
    "SBVMbyEVyL5y96LsXA17v3QvgEc90h+HAz8vBW9gWlf+etDH9xVDR+xclvgLta98pCoENu"
    "04JnwbgU1k3SXMfmy+yKYYWe2c19tPYxDe1nTo6+ttdU1lzVWPUopVL8uqM+LbEgqM8LEL"
    "H3vVwBWNCoTjsuTYCselaFRQCXTXaFQgnMI7cAoLF9t2XWy5nEBehSpmoDafj2NZ6aoeqB"
    "ditr/XoN7IMN3T+8085nvJDIau7u9MOmFiHQop4AU68hS8QZV0taTlPjEOY9WaNYHXYQSQ"
    "S9SY+CN4Vh00s5/B1MBfkXZtlo2Z6eKFphXCbEbT510+abXdXljlhVU+u+iUvzt57fL3D4"
    "P7wSMxtAcz0P6tN72HO791K9nZafWlymGTp69YcrXSO1AsCMrRgII8rzYNKETaX3Fpf8K0"
    "n45+NY28IpFKGHlrBq4wRgpjZEkU4abIohAGs1Iy3eIMZru0BT0iXbk3NFVmFpoP3W1m2Y"
    "FItWPJXA7MYQVyEJy9s2mdZPCGl9B4a5Ja7tTcsgi59MrAU8EW3Km66yAbwLGDLP/OTFV0"
    "dTJlhG7u4gHC5lMum88bQq8KnKdYfVJklBBNgRrrUbPVbBejtrbydTvJaHYS11m9t0fCjN"
    "xinKTZgZRx2uJkwpPjCtSK8+FBrPYGuYBFzOYGO4T19LQCsP7lqshZb8PGSAsMAG5VB9k1"
    "9muEsDhUj88rACpp9CBNsfjEPs0uDUNDUE+xwsZpY9i+YOJdgRsIE8XawC8Hg9uI3e+yF6"
    "9t93R32X04OKJnHB6kerJ2EvgJNCUb4UcrPKXCYlRFsogdb+atWZC87CfXlHjlswRhgUJa"
    "u3lWjIh2nEdEO04X0Y4TIpqIHU+HvppuhTyx46Wy01Ze1UxYaXksMrksugMdDQ38owh77l"
    "6XY7vW3O1Zuz5phm1Daz5E1qzBsHdF7jezLF4Tf6TkBENz2bysGTVA0QnBzLUd4NroA3jW"
    "oD5x8Wd+BqPGqAHeVGcKnrEOMkEO+Pln4Lnany8ABOQTAx19RRZGFOq2RvYE2/61y4cx2z"
    "FHtr4fHuD3lQ2euVmLZmEy2zRMii4Kj0C2pKhhB6qjXCEeRxkhHkfJEI/oxueMpqlvG+ad"
    "YO1xLR6clxQC43wYL1g3B8phmtoFhuVpvpLeeiXReEWEhK2SIyuoqzFiwETEkohYqgq2Im"
    "Jp3+mTIrwmH7zlDq+599qAD33l2cMgYXZgjGpmGR/8duOSEyPIYYKwSO0yUqpsYRiQDVdT"
    "SAN5gCd7w5r+HDkX4BWZThNfUfyrSCHBM6pjk4QpB7yREmfLOVQbELxYZojdPzBPCbVlgo"
    "+OvpEum7RBLRGc+KqnXaqT78UG8bHVarfPWoft0/OT47Ozk/PDxUGSvJV1olz2PpFDJSJ4"
    "rbZUvKosH3O6xhGMr6NWt/X0q/L3VNuTUrGLrmqexUFaR41mkK61BCU726Pbu93Ksb3brd"
    "TtTW7Fe6tBBVlrIc4grcWm370Fw1gPcBZt/fb4lgGfYjlJY1VNSE+gDZGIFNpsHr9GCi2N"
    "FuezkC4oBH9Ztd2rmNzvqWic+7tx3+1f9/qfLoBPP9J/HTx8oVeIHYFeCVfdven0aHr/GK"
    "qlye33lSvGemVHiIbpREPxEKBxlTWBa7aXgEEuXAXldhVoEC/CWh6hCKVobF7mVdag7UjI"
    "sliF8rI8q2Gq2vlWt68MCvfqd/E2BVbjNdY5Riq4ZqnX2X7lbZoaJhHOc0YtFVGdRoQjlB"
    "pbEY4gCqiUHFeuAir0RNoCpnUP7gif3KWK63ggndyuLTh2Gox4jtDdZlYcB+0HJymLgbni"
    "N0gLuTdLdRzaZM4KipnYYGwZXsKHX/nkxVLR+EcaQkH8tyRmAs9qkLQOw0HA0AHtZkdEWt"
    "Igkh28sdOniYIq5coOEW6lkrmVyKuD2R/XioRpxJJsfUkon0uuR3rszIKgFn6+ooNnqpN8"
    "UlXnqmPofDFJ/vgCTc/Br4XAK6LtKs0wiHwfD4zOzaoZtDXwsBS9BMLjstZSVM0SLxLaRJ"
    "/FyuEqLPPCMl9SY6fos1iqPosiCbMuSZihvMorKE9Rg2GyT4xpZhnuQzqCJC+GrzTfD3QE"
    "xqqu2lPSS245B+k+R70ATfCK5qRf3RyQokt4L5F+dQ5JgLSnEHNfoDrgwEYI0Kd+oD9JzZ"
    "j3Sev9rh+2ugIUqWWzUbknkW1J7hWSbclXrKi+VYpOj3NYf06PU60/5FZU4hSJrDs0rflV"
    "s9axEjNIRd5ZFO+krXj/qazl3uFbxpuKHjwoLwhqiO1OiptZyPY9C3mNxEuKWmAsjMOVWI"
    "qqGYeFnU3Y2UpqrFij6PQ+TBVPNpysMlV4Y5p5TRXuYvhKU8XQeEW6DYwxMPRF4SZIYCdR"
    "gF4hJt2ZanNAJ6WFm2TMQ4CJLLBAOGmV2OK8eeo+Rd6N0AEiqj6V1A4hlOXdKctCm9i1Nm"
    "FaBkmydyiT4xB7EnRC7mH5xDFI+JwmJxk3wkxagXJGZ3WhoAkFTShoQkHb+utTaQXtCs5M"
    "iFeswVDMFveaWQqZHB61Sg9Lx3a1+5V8OmljH+z3ovjsLKmK/sshdAfjhcydT+ZebHNOjE"
    "WrHW7dRnFlrl47IZIahNHH26zn67Oe1Wg9gfEMWq987YyWFPVzXucpBZVeCSpRCMrUoDM2"
    "vG59SXhX15EM05cYbKwdfBkOvuDHqa9Y1R3pvT7WFT49dO4ugEq+28SCs5H+++Bp+HTZvQ"
    "Bzw3XcFxS31O7HRKUgqHmorrlIkQmKrPcJVYWT8TTuO73rC0AoR3rn5qZ328OK4QWA47Gq"
    "qfgDjvRPvZshKe85UcdOWcp7GuMxsiR2Tls6n4pS1e40OMl1GpxknAYnjEaCDrQcW2LlsB"
    "FDTEpYU5goywZTGoa1DfMLManE0EO6wotdiOR7Rk5YANPf+mo2E/e3o0jn25dRXVhbhbW1"
    "0tZWkRq1t9SohAmG4fe89Clvvjyg1NoFMTP1/dI6U5OtHfMWk8+Pj1Iy+6aQheeqz179uw"
    "hPSbDNMhwmoZ242m8ihayKeSrm+cOB6dJMOFUHEARzgYNRY+SeteEL/nl8doh/yi9o5J60"
    "jxF4/PJ01GqD/9P6+OHjqPH+Rxqdhi828ZSq7IWmaar+CqCFgEGfCDVWFb09fAJRWU84gU"
    "rDfgownNuvLg+8/vDamaG2n71IGQ3DDIBkdQa1NLePypT4FI/og09c2XOUaUbpXvXuOrcH"
    "R8dNzyWBNXvVk/EC3I8Tu1Z2LQvpMpfrMkxTYi/Emhu4nWP/ttObf8QBJocjD7jB+Noxhp"
    "3Yp4WdMB39GtsJAzmcz0oYpRKGLGEkFEbC/cO8QyNhKMxxQ4DDcZU1xTfGHksV8RqxfbGs"
    "OHHjWIYNJzE0hwHHr9z1zgYkuOMiaj9pAj9tMDyKLiIdDd6mSAfPwehn0paAfD+WmWZnz+"
    "FPVAw2PB72R7jK2/KGMN8Uab4RYUmlD0uyIUnw2miRYlOUWLtu3Dx08ZKMLYRX46F789S/"
    "7lze4isWGru6Qj9LKVZFNmYz1bZJ2p2JLBnpLFUxy5bEnuA7NCydcNiVxir+DtIY8RruIn"
    "TfIcbCeFcm453Pju2papprWZmYE4jurmXOSvWXzEIyUr9usuixGcSql3nV8Vdz8MkuKVhL"
    "4ovYTVJ+14G7Phpkfdazy7MmEO9Oqd8d4YT5Dp0wrqmsuepRSrHqZVl1xsueDGncm+utZA"
    "xcdNupBq7Coyk8miX1uIluO6XqtrMXb3HJTrVtOIs5E0rgfIb0TRNK7r1Z6gN4vCSBQjrW"
    "bwjStT9NjVDaZdTBtTpBNjNpxL/TzIozUJZjVgYYkPyL0xd5PHJPjk/PR+4xOjykPyHNwj"
    "j/OHLPDl/wz9PWOQwGnbbgCbmtHOGfrTYmOB8rHwlZC485G8PjEZ5bhgrCvAr8B3iDmgaI"
    "QkWiCp7/Zejo+UfwjD+3Sjov0XABElxgIl0hTZh09M0BlqsnwxRK/2n5gx2mniqKFwlPLy"
    "Ibio1s8Bedy4m1JKlhesqWO7i8IfSqQIaT8HGGX7J0DWhJVpzyc7jbPdxunZ0uti/5I2vn"
    "Pt51bm+TCiXGRDLGEq0Rz4tpnLY4YI/KD+xM1V0HEXzW2K0J4uKgPTmuwK4lJygPhw3G15"
    "C9bj9DzZcbksK5YWgI6myEl0QxjF8w1a5ADuSGYj1al4PBbcS+fdmLt2l6urvsPhwcxUJf"
    "kvsYy3g8NdeD4bU5wbZmF/V7D/IWUYuRiSw1kaX2PbrKcmWpYa2S052zpBD+hoy+EKI+2A"
    "7ADWwrfNDGqASwwgMpPJB7h3mHHsgpS4jh95D509QU19BBLmrZbRfZnLXsWCfbFuC9Dk1V"
    "T4BjBzq3Z3eXHrnAy8twyYUcwOk+OTM0aKttb7LdS3hTOa7tZdImu4EalnA4FetwSu/wuT"
    "pBs/hunw2D7jI+rBs3vd+619INTdEMUupG+tXg7q73+Ngb9C/AMq1xpA+Gn7sPF2D5pL1n"
    "bcKZ4XJnai6JNs4cLKnkUe3UwbKButvcQY/rr8lnltRlRrpx3+1f9/qfLoJAjJEeTt1fsh"
    "tpMTCSTe3T4NmHtySb30aOoyElSCgnl7x08vVS/Fv5yjxmVHlMNIfhTg8TaWGe5KWuY/4O"
    "kYkUsPJkhSRt3TMsChtcbdOXFLXzIbXzdA1rp7cNayf6humGw1e71x9fO2iFe06453LwLJ"
    "G/+D2uOuOkym7JwOlFZJAKf5fw0oo00RrgKpy0wklbUo+MSBMtVZpovH7spgjXs69TAmaG"
    "8JTDdSt84zvwjedJyxUppymg7zblNICLlXQagjIj7TQ8amXi6UBHgOqywHjR1AldTJJm6S"
    "Ks3C6SLGcG8ZoD1SEXjK/IwvfBAdIx1ZgOIH8rcN4EDoKzHzRDhtr7ZN7orh+2rl++6Rnp"
    "sTb/Z6zWdeC4F+554Z7fotPssXN3f9uVOvf3D4NfOrcXwC8Yid9qy/gKNeI46w+7/aH00L"
    "3r9a+Jaz4oi2ehGfk01nLM9VN3eRtvZOKC+/1uccePeSF3yuFCq55ftGGYSOe0bzcG993+"
    "BSCUI/160McroRg6CcHo9K+6t9TbKZNvqGlrli/P42Q4SncyHCWcDHv0bZZUecjp3PRPDy"
    "Zw6VbkJVUNLcjVtRgz8niEe6hmjoJc2VvCUSBs2dXEVWRy7QjYQJbmwjVKJGAVvhfhe9k7"
    "zML3UgZ0he+lzL6XULbUhjjXrjpnHOHoGb96I4uMxJpkJA5cB/MwefpfruHABsNrEx3QzH"
    "LdGP5Q6a/F2JUOnOEUAVKoT5uDIbQmyAE9/avqkAqavTtAJwJD9XVovIIJBtFzsdhTw/yR"
    "/kZIAdaZkWODR9K1bw4ODy8OD5POm10+aLXjRjhginTAeOssaepMZXD/zIKRYTIhjzN0HR"
    "F1nA51NY2JeaKOS6XhVp53JfRbnrM/ly480NHQwD+K0IT3uhzb1YO3GAij2rJm2K6FHlwK"
    "G6MGe2REpmSlLMZKVjB4q/Uf/sDfxHpFHmfWoDM2rJm3KkHP7T+FRLNHiWa5OrnTE5frWe"
    "JQkvwAR4M68sR0pId0xAMHwjt+nZiOMH2Z0caSwJfh4At+NdRXx3gd6b0+lgs+PXTuLoBK"
    "vtzEgrOR/vvgafh02b0Ac6zRuS8laYO+ZEVrrlJkglIvU7gEQefmpnfbwyLgBYDjsaqp+O"
    "ON9E+9myGJwJmoY2fN8Jsd9Kn/iizE4P6ZVaRDVAWWkd5P5MgWy0hjYX1qWKrDVf8kQlS7"
    "1Op2rtTqdkZqdTuZWq1BfeJiEY8H5jBN7VDecm8P251hSYWxi//5OOiz4Q2RxI0IquyAfw"
    "NNtXdmqWn8NHZ1mUAIXlxVc/Cx+YE89h+7Qj8DbgJRhJ0EOB/cdX6LL8HV7eAybhggE1zG"
    "F0Q2WEdsxnIEBGIxtr4YxCzNWIwh+paiTy0IasB3ssxn3d+G2WAvrGe3g/6nYHh8BWLyC6"
    "QfUcJiMCO6O/0FiNOV4z0gz6vNe2AhUnULkTJaBGae1WGQlmOBasWoMLKShf5yVX4FIE4q"
    "msnk1wIC1oOXR2WHlGS1oEvSFnhqQH1eSYHV1KCM2GEl6UwoQlQO9lOr82GBr8QtMTFIhe"
    "zELTvhHeWOx6qsEiB5BSgmsXhLtv6W6IY0hfaUHLiyZri8BzWLvMDDenGlsqc1/GqwnGPp"
    "L8aCoBwvQ60k1sBnI9lvqiMzGqGmS04M0hocGfG06Xx501mJ08nMaYoX/ugOVDUuG1OcUL"
    "wQW38hsIRkQQlj5Acf5F2bOF05lqZWB7fXs5JrVUIkYkG2viDyFMmvSOGsNhCl+r4rDpBA"
    "l6/IsjmNFnG6Mrvx13VjbqX49kYhhtsLgyOhbY/I+cVfMUYYXGxEMysMjsS+STZywjtgdY"
    "rBr1NVngKfhBRhgoBMZIOxqiGvIhPeVS/QRmBq4C8FDgwdAct4AyayACnI0wTow+QDGIXi"
    "8EYNRoGonT5JJBmUKyQvvcoTG9ftVnbaL7Q77hawxsEgzgQ+iKksYrspIY8Z8otPU0OQT4"
    "9zgHx6nAoyuZV0W+ITVGZ3AkvlwHEykYfEMKZpBlTWSkOKENYwC6m6WUf0Ulkk197MNCzn"
    "ySTbhSW3Ru5nSq0qHSm5y6EFtu4MVfDiqwJ6qU6+FxHxY6vVbp+1Dtun5yfHZ2cn54cL5p"
    "S8lcWlLnufCKOKvC5lFyRz2XP8Ohd2Mbbn7YemE/1Lon9w4BwhqqG80zo5yWPiPzlJN/GT"
    "e0nDDouZ6NCap5t0WK7EueOZLyuGcRZ78K2Li5MXA3nZ63cefme73i8Z1sjL34fdTtw8rP"
    "6LsbFTuXcwXIiVDLGygsV9/S6knLyZ0fm0d3c/eBjSa57MQq+Ga//edHq08O8YqrTL6dZq"
    "AW+d44u8grK5TEQR2rpqbFFJS1ft6VrrHCMV/XLLvM7yFHKWEQ1RiBqirLo6vmGKt+tgkl"
    "DAK0q0ihKte4d5u6Vp4sx3C+Be+dNUizPkhTV03uSoFRrioltAtu6N2pJnTqmKWj46+PqN"
    "RkWXhOF+ebOZZbUn1VCQNA7GrYwy+Wy8AfyB5oASArz79AmywRvpBTa2jBl4Jj8levcZHL"
    "x7B8aGBSDwTavvSJCIZTse+XvgGOAZi1/e8CaAugKm3keJRJwU8tSRTh/htS+bgVcsE5Lf"
    "VIuQzYGnxV8AqGk/EMEceIq0ij8HKYhHhtoIjNEbiXSxaaEZchlPRz2c+JsARMqjjnTv44"
    "MDwhEJ8vZ/LlfB/mDOwZulOl5pzhmeh0bU4GXRbehpzn6DNW+a1KiZmIdkCRBdf//bb1bv"
    "SjhPinKeRFcvt2k/QlVH236eWIZWeixDKxHLsHgxOGAO0wiQc4Ds828+hhIiKk49OawBV4"
    "lY/eecqC9IBObrYS40cqGRl1S9WaNYbGG6zZWGReuxKkMnJaA+OiBTx9E1V5ITw1eqOh0w"
    "aozc4/Hp4cg9PW2N8c/DcXvktg5bp8HP8fhoPGoAvOw2IbvwWiMj2yZqCsQiPN5VSpNeVW"
    "nnVxtL72NSCbAJ3qYGHvJKfiUaCBmDZfw3ZCUj7vf3UUb6s2kZpmFDbdH6mTR0BhTnd57u"
    "Q3SbAwiuDKwQYXL8MOIae4+nRTrpEO3NQBpK6xhnvDwIb9LcvaADM5CI8SrJ4ZaupjjoG8"
    "Nil16VIhhfC6m58EJeU0NlpktmhbYvSGoBeQHJ3AH3S8KcUQcnRCNiLLI3/jo1DVSSX8qz"
    "75cUtatgcJxnzx+nb/njxI4XISxrsXgR2lC11dy2831G3WF8mEZoBKrCgCIMKPuHuS4hDV"
    "XFNS2mgQnpbBGEUFQ0Q1VhjZw1ZTL23SJo6UjpfoMzkyKcsPbFRjRXmfs0b7yEQgQ5DH7m"
    "1II2sWY5U9UGi9f7nQ1MZOB5SGtMQ/uKFPAyBxAQtcK3s/nWsBm1ooGvKnojbnrVASO3df"
    "Sx5ZvcWJa9Qp65Oj6AmmJENECFzWwZDuo6mdkKsPl4Lw4PwkuKGmIsTAzCxLCWiUGobkJ1"
    "K6ksXGbf98BE+hWehSUIL+5lisAGHiXJwbCVgu9AR4C8+1iKJEQXWIa0wYvrOBhFEoBqWA"
    "qywMHzH3/Q+qdN4Aeiqgp+279CzaXlTDxH9J/P7z1/MpZDsTxL4nAPiLRqIsv2PO8R+be4"
    "R490fMteusTxXRPzOhs/1yW+adXBkwPFJQL3jOxeEjZsvOHd/yPokwJ2PwOoz/Ev+CEknl"
    "dbuLdlqIOXwGNO8oUP/PHesCnUFQ3hrxad/T11tdM5yGgquS+/+hu0FxOCYD6yrHmr5Am/"
    "eYUEen/VeXyMIZJyuBjrVflWCKjfg4CKvpkqnm6NZY5SiiTuMq8yqTC73rscJhRrXOo1Ft"
    "7sWnizS/aKCGd2ubEVFhHhzC45riV3ZpeM4Vbel91x8BfEynlK2kr4djPLhAdjA/N4ry1j"
    "ZgAZz0WMW5qqvwIHbz5iCwunwh+MGv8XzuZg5J6dnh+P3NPWx3Py87SNr5wfHnkpJqBz9/"
    "vRyajx/sKzwRE7mWXNiaNadQC0kJcbbzNd2nv7IKv93EFZWWo7lF7RfDOn9/diINtDf4nV"
    "dSiLLxHMD3TjanDdvaAvw0i/7fW/XNAXIv7W5PHDbrnFL30DeJzcC4Iy472mj/skVxzBSU"
    "YcwUkyjmDJY3hRDogE0vmQFvbadPRJhuZA1+b+wVERq49/xmUbffy1460lmKATpoqkqcKX"
    "09ZA1hD5DBm4ChOQMAGVVKlewwTkve/bsAItZ6opulHemBNbUaqRA9zSVmrsfvOqVz1A+n"
    "kSVqHI/WaWWQj5IyUrGLrSMHQEnkkvzmfwM3gmVM/g+S/XcEjlQ1UnUVIy8osoYtVDxajg"
    "35+9yClS6eOdDRQ4f+8HM5GrOvrmkJilpOlnt49abdwhDyf/0of6Vh7/McLMs1czT7Ayeb"
    "XgYHwNFeB2DvW3nd7jMq76LvZ6XmgXBALbVdgGTDZmUECyOoMaG92AJG5J8Gg++LQVBDoD"
    "2evuVe+uc3twdN707I/2X5rqnbzh9JCEcSxgzUmEU5vLR6m+6+bywuaVzhTqa/MS5gNhPi"
    "ipDlbqnBriOm6wEmrojWZmjfypYUrGYlyudBpN9XI6oJ/C4qVsv6I5cYIfLJBq+gkuJJ3l"
    "8cvT+yawDQCBhX7wWtMB1yRs2AYqI3d8h89ZrWrR+fyFtl/dhHrFGo6PHIwQHsjq3uvZfj"
    "LHeZk0S6e9yGQpXSZLeFvkVUjCNDXUSU7z1E8/Ta+ffpqon07eNw58/eG1K323fWBNy1Bc"
    "mR1InlFdMEIlYM4NM2+r6jhd7aDeSTUL79TkwXlJUTuEj3IhfJSB8FEawryBPlEqgXQepG"
    "lkqUSC6Tj5Roiqdkhvn0EHEYp5AQ7G1w7anQSr/eVC3VEdBrNIVVLCJMWZbo52q6psLaTG"
    "QmNXJ3361kCWSVubZjdbgxjOSBM7Tl/Ikui79IYcN1u5vSHeNpTWgjlBux+0d7WVtw217F"
    "oW0mUuWS1MU0MTxZbdprYDHTelMcXqrI4ldZmRbjz17zu96wvg6iZUlZHu/eX9fjW4u7/t"
    "DrvXJPGDFCB1SFmgq07/qnt7S6+Sb65p5OpD9+apf00uBkcRuTZ8euh71xyXVDKNG39zSe"
    "CneQTwuC8rJH+fJl4dYzZTbRsjIJEuQzO6CnzMKm2KjXlWOQPXtse1lrhB2XFZDUny4r6k"
    "F6CvAp3W9fQAWpOdxedYi6kVg3Pjl951d3ABvqoKMki22i9dkq32FY30x8+DX686j/hve2"
    "q8ydDG1wbDz92HC2BQD1FJ+JOHNZ/9NkpVOx12++aBwEnHH3kSpaxh5ElFIk0CTDJDTUK+"
    "WOYyZy+xR/VdR2jZhmuxokcyXHULigLZkD1FyCnIKLx9li+i4L7DKDgvXGWdVY9SilUvy6"
    "ozTiT/0+8/JbVkWo7ISC03tiKk9DvLSC0Zf9hCQuq+EyYfkI0hsR+R43jfNBG3GxvRzArg"
    "tbyxkh0avDKKd7hMSrQQiZElFacCPwCpXUVKVcGTkXt+fno+ck8QKVh19lFWwMg9Ri8Q35"
    "aPjvwbjfc/gqv+735mI/4cyWjeAp63umq8SIosMilysc7SOj4pNnWBeiPeYMVojVt2Twnl"
    "IR33+ioPpZJyK8/WEjIuj5yQSx4e6Gho4B9FSMN7XY4dpldtJIM90taZV/gtZMlfobuZsp"
    "dNx+Fv5w9cKXf9SiqFkn43HiVNbgJ+5Dcg09ggqBfhS0Xn7TMs9hzLpGBo6+gQ/zxrySTN"
    "6ajVBj+DNpaZTo6O21goatKeO6TPjj1VTZPWEB2zxbH9fYzVuVf2qysql+5deit7Fk61E5"
    "x4o+lDJALiHBAHDJkrhMQWwZx5wkYCrs6Jb5hMROZkQyyCOIWWLLTkZr215H0vs/AFVVz/"
    "LcxfcQdV7c5rLNtgKMvh280sbXmGB0qz0MgcbT+ChrZEHX0xHKxH6g44eDZc59lrp+sF1J"
    "PrClE1R27r6GOLDntP+nMQZobHq/pzE7ypzhS80V4dDulBSwLQTW3eTKjHxTx2pFNe5f2B"
    "n+LqpJSJq9vuCwHhhf4xg448RUpqY9w/KKovxjf6JVQLyUFTFf8rkP2ULF+SRoS/lrVWO1"
    "2hcG+ocEeWIa/QFyESUt8qqS8rdSdFa9lDuk5RKeytPNGKrfRoxVYc3hDH4YA4SrUrmAtl"
    "FdGyFycnecpenJykl70g96JQq7p3buCzgAfrGFnt9vROsMb6BVZBuNhGiKSGGOcx1+FRGR"
    "gnbaLuy//gk4yLNS9JaodxO1dlhnZGZYZ2sjJDSLZLwJxt84hSil7R5TFxJIPHiQqyzhIv"
    "ycT6lnl9RUpIOg+tpuUydzMwkRyw7eQABZEEYIuzw1qMSgCbBNa3L/HhGiUSVnaRzSI8GP"
    "uHeXfZLCEj9Ib43i1nqim6Ud4oMoWKzhRiSQ1bAPc6NFU90Y0JS6VKxCJs49E1TWKr874+"
    "07kZHtJc6eC0Y6NXOzl14NsLF+5GHWHIwJulkq4FjgHgBCNMHI++m1AhLQ+oH9J4w5sGQP"
    "sVKWSg7RhmMtx3J09YHckbWEFFJO8+HYtVMV8X6JDZgQEbnyE2n+92SVFDjLdfCkVBDuau"
    "PAAvKYR/II9/QFgW09Gvr2VRWBSERaGkqkPZYyKJxSFFZfCNEdmqQjAoV881kotH6sm+s4"
    "FP2wQYQR3JeN29GEOIxXzTBCa0bQydAg5sBLXgpv/hbISZtWO//wCesRogkfhF+5n2VUto"
    "DYU8daT74ZUK1jRcB/NZeYrVDFeeYr2EdtNWSdykjbQxOMBTocVN/IbMgYwX0ibtt4leI0"
    "+hkxEoKXQToZuUjxkWoJsoqm1qcM7dkSpOVzsxeiddfFwbWbxIh2nErs63q4MDhwfnME0N"
    "cT7JFdN7khHUe5KM6rVnjilNmQm1GcF5YaIaIt06yROajkdl7OhkeDoBjZQ94pA0IjRCCW"
    "O4zClCWAB1LWbvpBV7OExYw318nmMXn6fu4fNEWPoM8vOKCFENMd4Jr6CgcfKKCI3gFQxe"
    "QRFah1ckCGu4j7fMK2jE8djQ/M7zublylKx2OslOuuRC00S6QuwuDH5xaRgagnqKuh2ljM"
    "H9gkl3hXdg5yg2HvxyMLiNWO4ve7E28f2nu8su1gpj1TySzGRh6eKEPEJXIOCLK5VFXIGq"
    "NpdkaCYRf5xBTUuP6A0TFncytnfcILPdOjtdHInkj6zT8PGuc3vLaD8KZ/hkIwlAvKBGKQ"
    "ts7FodVBH3To0QFodpq/yQzlRdmnhSmMFkuulx50nKAnfreVW65I4Nw2HJakP0LQXYJUUN"
    "xLQsn3/3t2HkCAuEsYO7zm/01Fq4/G8H/U/B8NAJd3U7uIzBrWNYpbGF0BoBGXFakdJX5p"
    "Q+DKiLJFrNnnehY6Rincu8zq6qfIWaqjBtC5fqJPWAihHWpoH7x1ar3T5rHbZPz0+Oz85O"
    "zg8XZ1TyVtZhddn7RM6ryMomDzAN2o7kshz5WeCHqQTyGyCPLIuVkJJu6olS1UCEKCKIMw"
    "jOWSeMM0Zbw0DOOh0nIl43/UWrb7zuDM1eEGchgAiNSFcXadUiCHrvMO8wrZq+7VuA924x"
    "UbW4Q+6c6jBb5E5MTdQ9ZPl5fMqbLw9IgymFOtlldGuynf/eZRB+B1mqPG0wYvD9O82sEH"
    "y4HLMqAj8dBtF1sFwR5V+RFWRe51UzQyQ1jNrYTUlMk+G4yojZN1nuqjqgu5MIcvxEhxmp"
    "8c/HQT9VdXfYIRqKKjvg30BT7SoKoxngEjCynS5x/0ozqoyRCS437fa36WH29/8HplfhiQ"
    "=="
)
