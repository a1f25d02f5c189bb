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
    "refs" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "uid" BIGINT NOT NULL,
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
    "refs" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "uid" BIGINT NOT NULL,
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
    "eJztfQtzo7i27l9RuW7VpOt4+iTOo9OeR13HcXq8O7FzYmceZ7yLKCDHnGBgeHTa++y5v/"
    "1KAmweAiM/MNCqmkknoCXsT2Jpvdf/NuaGgjT7fXcGnUYb/G9Dh3OEf4lcb4IGNM3VVXLB"
    "gc8aHSgHI55tx4IymWUKNRvhSwqyZUs1HdXQ8VXd1TRy0ZDxQFV/WV1ydfUvF0mO8YKcGb"
    "LwjT//bLwZ1qttQhmRyU0NOlPDmkvkaZKqNP75T3xV1RX0FdlkPPnTfJWmKtKUyPfAY/Et"
    "el1yFia91tedGzqQfJxnSTY0d66vBpsLZ2boy9GqTr/fC9KRBR1Epncsl3w/8vF9GIKv7H"
    "2V1RDvI4ZoFDSFruaE8HiWVtcakjQYjqVRbyxJDQ4EZUMn6OOPatNv/0I+wvetk7MPZ5en"
    "F2eXeAj9mMsrH/72Hr0CxiOk8AzGjb/pfehAbwTFeAVqYjkSEON9Y7ExZtHGEMdfJY54gG"
    "8W5MGFFearjVgE6HP4VdKQ/uLM8J8nrcsMiH/tPHR/6Twc4VHvyCMN/OZ4r9PAv9Xy7pF1"
    "WOGuGTLUEA/aK4riMG78ayZ1B41CYM4DcjrECYAddY7+ZehcEIdpCgS5Y6vwP0czqL/MoF"
    "oM2BdnOdC+OEuFm9yK4v2GnmeG8Sq9ogUP5DGyAlEvBujW+UUOpPGoVKjpPTbWyLIMaxO0"
    "l4S1w3v3G1u2EIFC8mSjKNLX+A5hGmy0o5QxqBWf9H3wSxXPSfwFlaGuLXyhKAP6cf+uNx"
    "p37u7J4+a2/ZdG8euMe+ROi15dxK4exV+K5STgt/74F0D+BP89HPQovIbtvFj0iatx4/9u"
    "kM8EXceQdONNgkpIfguuBqhFX7FAZmXKRKliZ5xsvQBahWXegQxKpPrpK1MEjagHUZxvDA"
    "upL/pntKBw9/HHgrrMOp99Jee38FwVg/nvYDMFV1db1YJvS4UosccwCvi7I8fj/Z1Rt3Pd"
    "a1DAn6H8+gYtRUpBHpOpX5ClIjsJ/ZVPe/P5AWE5n3yXVNSvvXkWNQI9wgwM18GcTp5th9"
    "IwNEudUZKwXqhvuaMCrO7xVHXFy0S6gieR8Ajd9gDZErV7b8bxasK6YqeoL8h2tmVbdJK6"
    "QuSorw4W9e2ZYW6J0whP0TV0Hck5t5R/alUKLnVuGpYjuaZmQGVLwPp0rkc6VU3hkjVoqV"
    "NV3gXb6obnquvraGB2L8kYkW1PRjxPF4+tE05EVjVaRkhGjUivyVvz1jx+BerwhX4l8mzy"
    "JB+vOzR/po6IhEPEv9PMconMV2PWOUUaHeAgOJ/j9XgPnpa2cddGFhbUn4BqA2eGQHDjOx"
    "uoShMYFngin6v9o6La+N4CkL9+fgJ4DDB0hP/XvGvK+0YM5WKeyOHS8Z8sXDrlcOkEy5GA"
    "OIdLJ0QrXDr5XDr+6yTRvzkwj9PVEe/j4zx4Hx+n403uRfEm//K6G8I0+8K5UF6yf5gtI8"
    "1P2dPdecIuF4E7oC3QzYDlLDyn593gQLzRub7rD9oAKnNVn+h3nUHnU++hDTy5wprow/ve"
    "Q2c8xJciT+BdoTzeoJN0Z9BJwhck3BPp0Av3hHBPCPdEZd0TxpuO2RNlU4a1rY3Bm6Wm1h"
    "jdcLb14QzwFDVFB7+VL4gEqekv26I0IlN16Uw1BQu6iupImvGyHVAdMs2tN0sNUVp5TiVf"
    "jCrMg1pxuChTF2Dl8aPuZGdxeJ0rDVbxTucqwvWiGbYNrYXkIGu+JVyf/LnGeKqawlUSF3"
    "0VobOQqS0kxYLTbd30D2SmazJRTaGS4dyEWI/ckSzR9aerKVp+6MeO5K68ISBVRMqEiznS"
    "dwXVvTdbTbES0TIiWkZEy5QGsANEy1RxX0EHT/Ls0l21Gy7fWc1YU8zmUNWeja/bWgLvvG"
    "lqBNI+o7BWjg9GIFbEK5IeixVxxKwPxxrqCNwg1Z65wEE61J0mjW76DXWNOZANy6ShUCRA"
    "imbWAgKIoaFklNU2EzGDp4IgGzIAfcWauA41GpQg4qbKEDe1abBDmL7MMTyNm15/9Msjno"
    "xu6on+W687vGuDNyQb84neHQ5Gw9teO9jH5QhziLwnzAVib/44XZkXpkzBbLxBbMUHrxWV"
    "wJ0rpqqVEVPVSsZUPVtQ54rLXBLUDt+9xKyJoKh09OsVFJUI3MkTWELq1Wyrhfu1kiq2+v"
    "k0JJr0sK1+tMycqCNERQclVRKk4qKSKgnPwcKSKolW8XFJlYRJlHQQJR12j5Io6cAXXrMd"
    "UpyBNZVEqiSRNZXE7kChNZXEKrS/JBlzH4ZRiwew0O7qBrPVHTbXhi+7g+0xmK2OsC0jub"
    "bUC/NHcFUaJsm0DMWVt7bF+NPde7PVFjWDfH7D2kkQSXiuugImikTlDhHcUvTKHRpYSZAU"
    "BBVN1bdXqb1p6grTAUMoK4nXAWMoK4mXZy+dasbbLqylN3ieuiIlwk05AdMQtEiuOfqKRU"
    "ltW0Z/683W8yarK2aioB1/jO6Wvguu2NxKgoW+ev4wiXyxLeHq+XM9wPr6EA1L2dpTPyRz"
    "1BUgm/JgPGhrRXBEZ+oa9VUGSWS8NEc2sdDtIDr+zpup1mjZrmla+Htuz9wJYqPVbHVGrd"
    "Dsi8qgxJV+EWJwSFck09BUOcPrONTR2MA/cnA5PN39craaZLYwXdp/uYYDdwFZ4Nj+r2DC"
    "GqLm23Ywd5oiC+msYmj8wI3V17Hxeh+Zs4bYYY6OH2pLNnIcMtkOkHvwphytZqwJbpxpZU"
    "EAJavd6Sq2MqPjaWhQEU1Pye9YJ1E0xMz3ilFRg1cDj4ldJyWULMb18MyJm95kS+omzQv7"
    "p8gwi8TGiwyznfCBxrj/eTz8jBePHhsTvT8YjTufHjp3baCSL/diwflE/2P4OH686rXBAh"
    "/K7nNJMs28t4i9ROztv6Io86Lkfwv2n58T4lTcONc5k28vuVCGqzuskMR0oEMkG6FcMmkj"
    "ltCXJ50vPZkvUR4dvfiiWl50VxT1A3f37NhDi7upQoyshkjvg1ccpGl2qWHefT9hDeovLj"
    "OiMqP3e4imfhjvuPM7IjZGHnSXBPWDtnWeZ//iURntxxM72JxxsoglQf0APs0jTpymyxOn"
    "CYFiamia8cb26qkvqTp4hGyjvg5lw9lTxj+2WqenH1rHpxeX52cfPpxfHi+18uStLPX8qv"
    "+JaOiRdQhU9liQ0ab6+ZK4wCoNpmXYJvKinnlU9PuH4ei+1x23QTADLf0y7nTHvWta/MWB"
    "Mv6sE/2hd3/bJ9dI3olKrgx6n4bjfmfcH3zCq4deDEeFxBA50bGS3yNDsYaPyMhR5+7+ti"
    "eNfunf35PrvjvWnqmmGbr/0Ov2+r+GBlhIRuoXMoJ8pt5gLN0PR8sPhnRHIrUDyP37Th9f"
    "NaGKf7/udW/7AzJKQTIJtcTXPv3iE77MfIqr22H3M7nyrBnyq1cwjZuv5mKrGVw1wVTx1m"
    "G88f8YDQcpYpc/Pl6iQpUd8G+gqftzUzd+nLo6jcwEz66q4YW335Pn/cy5BXmtxSyoCT5k"
    "5mV1igDio7vO73H0u7fDKwpZqOwEmeBKVA/JzZTrVT0kvOquqWy46lFKseplWfUAo9Cys/"
    "Ll0WarHqXcwaqXTP6q7iIn323q8+JrlRYmqZE4vaVvS3Sg2xe2iUJWogPdfjvQJfjDDtDN"
    "XfSqZMwhL7JhphhBFX8AMHi8vc3X2E8UhhKFoXaG1gEqHlXk7RUFjzaI1ROlVUQ9ApFsf/"
    "BIY03VX3dTXfMWz1RXsERlApGCWeWUwioKUgfLkqsKWFyJTJwB/1TtY0T7B+pgeqi/HozY"
    "aZx/IoA/lFEQcgbxxdlnuflrFmpfiHc/PSD/VU1rw7De2R/QFujrD/Ywj58f3+vhRcCUE/"
    "36oXMzbgMl0EoOHKjloK8Mr8sYX01xefvjaxH5neVe6f0+znZqL70rt8PBp2B43NMtnNrf"
    "oKcL35wZnK6uCI3wdSV9Xf6hzodqlEj4uYQPUfgQDw/z/nyIIcl/S3zr1xYmjm6UN67H1j"
    "uhhIN2LbCRo5zbQ7tPzT3siWQo8DFHZboeH3aO5tLnGx2TNBv43tC1BaDUYKbaePct2rRp"
    "q224lozA1LDA1NV1/DwAdQUQWfZ7Vf+eUiSbwu5q0jw2hQjv9r65Z1UgSf5hg0PsVhodeY"
    "0sYy4tw9WxPLmKe6d3VP8tCmaPPypMkfnY6INYH4I+ah0h/mUh2Qjvf7zVhDWlnNaU6JJt"
    "YlOJzlDibCGRPlG29Alju50Xpi+zfUlsvJJtvNiRxmNXi1AKu1qp7WpRsYhnmaOUIk+gzK"
    "scETOT2qZmwBRBMk4YW+YpoazV0l4PH69ue+AenwD9Ud9PwluuJb1J5fa/NNXTPx96ndsU"
    "1vm84LSsxumEzVrYrIXNuprYCpu1sFlXAl1em/XqlBJ26/Xgxo/0Utmul03DGYbrcEPxdK"
    "t1pHv5nkPQomZfEYRWdrMpXHY5SxquUgI25JS40lKZqvIvw54rrjnQwq8LD8ArigKj+xqF"
    "wNvKVTewlVE3sJWsG6ggh1lzLb18zYqiHAVsyGNFARsR61claxU+BrhD/eQt1fuSyZdCuy"
    "83tkK7P6B2T192oXyuD5qSU/T6Q+ud95YhI9tGSu8Lop8+oX3GRjSzdFAzGCuh5eC1wVND"
    "HQEFKa6JwCtagCP0/uU9eJrbL+0fHaRD3fm5/aOfDIcR/PnpXROPMx0AHaAhaDvgEswM17"
    "LB0Q1S7ZkLLOSQWg00NOr/fQCzd8nYqoKeyWzbEm6xwWrRInToUurQ2Z1V2CtQlW4qGyp6"
    "uy/Fz9muo759OvaiQ1dLaSuSxVRdZ0sIwYeRJpYFjhhyRLj4UboEoYRH5RIdyIZTgOE6z4"
    "arK8A/tdtAM2SogTeoaXQI+A9AWkgAaOP/XpHSBE8KPpqh8wRUHTyOu00SZO24XhQ1/gik"
    "RSpbcNj7E/OY4D1S+vnopKlN3JogGCtasRXaiq1amd8bxIk+9O76g+veAwn/nJO5rYk+fB"
    "w/9DrdX9ogqAY20a/7nzBTawNFfUG2M9HxnP2ulzGuyiVpybZ6nTZZrhV1kWX5ka74rTm5"
    "ont7g2sanevTT/RRcMUOXRnTP/Fq3XT6tyQkdgpVjUbddgbd3i29JBMwNHp19DkI432l8b"
    "vlWFWfNXIKOysqYZ0unaQT6XNEDlyJHLg8SkOUqswcdlO17GOe9+hj+nv0Mf4e8Tbs2qpZ"
    "V7nB3b3v2Jf8OCSwEEVxboCTUothkUpsaG6ySiCO5vidT/dbheiKQ/V4v6ietj5cLAElf2"
    "RhObrr3N4ywnw1SBSeTawGEUqRl1Dms5QIexsscYhMrG+Z11eDtiMhy2K567K6Qoapahep"
    "dJ7LynqeYWU9T1pZA7+RhaY8UMfIaof1SStPbTc8Kl0ubSXqu9kOMnkP+oBGHPKRquQ2Bo"
    "g3SjRKVb8tu4dW0xiwLxsJUzFScdqW+bQtf93Jvb1CWcu4j6qTXh0ciY14OuuKkdUA+AJE"
    "GwuZiMW5sk6IgKJ2CO++0IOd0mMmXZRZEohI25T85MqEOxQLdTXbbeZpsirPoMOd7O+IqO"
    "r17xF3EYU4nWBS5SmiUHNYg+gDzo6sUSoBLANY0edWZASVG1uREXTIeh8zlrjNX+xjlqua"
    "VVVxDYmc5SyhUjKWu68KKqIrcz5cc3RlZmsMAtt8ezZHYZp8rXa54eXot1tRgGNSPZsrpC"
    "dMhMJJaQDztp0w6ST1QTtWpaPobqFVREn0dzxgf8clv2PkKIV5YXqOUpj55stR8sWS7+xl"
    "VgSwEV4CzJjBEYlHACfgJzBVLdsBjuHKsyZp8aCDqaFpxtv3rmm/A67uqBqAtNQ2aQhhmD"
    "ZQHXaG0p6ft1mJMEPkIqW+CfvORapgegupQPaFuxdlpzvu/9prA496oo/GQz8vBW9gWlf+"
    "ejjA9xVDR+xclvgLdah8pCoENu05JnwXgU1k3SXMfmy+yKYYWe2c17tPYxDe1nTo6+ttdU"
    "1lw1WPUopVL8uqM+LbEgqM8LELH3vVwBWNCoTjsuTYCselaFRQCXQ3aFQgnMJ7cAoLF9tu"
    "XWy5nEBehSpmoDafj2NV6aoeqBditr/XoN7IMN3T+8085nvJDIau7+9MOmFiHQop4Bk68g"
    "y8QZV0taTlPjEOU9WaN4HXYQSQS9SY+AN4Uh00t5/AzMBfkXZtlo256eKFphXCbEbT530+"
    "ab3dXljlhVU+u+iUvzt57fL3D8P74YgY2oMZaP/Wm/7Dnd+6lezstPpS5bDJ01csuVrpHS"
    "iWBOVoQEGeV5sGFCLtr7i0P2HaT0e/mkZekUgljLw1A1cYI4UxsiSKcFNkUQiDWSmZbnEG"
    "s33agkZIV+4NTZWZheZDd5tZdiBS7VgyVwNzWIEcBOff2bROMnjDS2i8NUktd2puWYZcem"
    "XgqWAL7lTddZAN4NRBln9nriq6+jJjhG7u4wHC5lMum88bQq8KXKRYfVJklBBNgRrrSbPV"
    "PC1GbW3l63aS0ewkrrN6b4+EGbnFOEmzAynjtMXJhOdnFagV58ODWO0NcgGLmM0N9gjrxU"
    "UFYP3LVZGz2YaNkRYYANyqDrIb7NcIYXGonl1WAFTS6EGaYfGJfZpdGYaGoJ5ihY3TxrB9"
    "xsT7AjcQJoq1gV8Nh7cRu99VP17b7vHuqvdwdELPODxI9WTtJPAv0JRshB+t8JQKi1EVyS"
    "L2vJl3ZkHysp9cU+KVzxKEBQppp80PxYhoZ3lEtLN0Ee0sIaKJ2PF06KvpVsgTO14qO23l"
    "Vc2ElZbHIpPLojvU0djAP4qw5x50OXZrzd2dteuTZtg2tBZjZM0bDHtX5H4zy+L14o+UnG"
    "BoLpuXNacGKDohmLu2A1wbvQdPGtRfXPyZn8CkMWmAN9WZgSesg7wgB/z0E/Bc7U9tAAH5"
    "xEBHX5CFEYW6rZE9wbZ/7fNhzHbMka3vhwf4fWWDZ27XolmYzLYNk6KLwiOQrShq2IHqJF"
    "eIx0lGiMdJMsQjuvE5o2nq24Z5L1h7XIsH5xWFwDgfxkvWzYFymKZ2gWF5mq+kt15JNF4R"
    "IWHr5MgK6mqMGDARsSQilqqCrYhYOnT6pAivyQdvucNr7r024GNfefYwSJgdGKOaWcYHv9"
    "245MQIcpggLFK7jJQqWxoGZMPVFNJAHuDJ3rCmv0BOG7wi02niK4p/FSkkeEZ1bJIw5YA3"
    "UuJsNYdqA4IXywyx/wfmKaG2SvDR0VfSZZM2qCWCE1/1tCv15VuxQXxstU5PP7SOTy8uz8"
    "8+fDi/PF4eJMlbWSfKVf8TOVQigtd6S8WryvIxp2scwfg6anU7T78qf0+1AykV++iq5lkc"
    "pE3UaAbpRktQsrM9ur1PWzm292krdXuTW/HealBB1kaIM0hrsen3b8EwNgOcRVu/Pb5jwG"
    "dYTtJYVRPSE2hDJCKFNpvHb5BCS6PF+SykSwrBX9Zt9yom93sqGuf+btz3Btf9wac28Okn"
    "+m/Dh8/0CrEj0Cvhqrs3nT5N759CtTS5/b5yxViv7AjRMJ1oKB4CNK6yJnDN9hIwyIWroN"
    "yuAg3iRdjIIxShFI3Ny7zKGrQdCVkWq1Belmc1TFU73+rulUHhXv0m3qbAarzBOsdIBdcs"
    "9Trbr7xNU8MkwnnOqKUiqtOIcIRSYyvCEUQBlZLjylVAhZ5IO8C07sEd4ZO7VHEdD6ST27"
    "UFp06DEc8RutvMiuOg/eAkZTkwV/wGaSH3ZqmOQ5vMWUExExtMLcNL+PArnzxbKpr+QEMo"
    "iP+WxEzgWQ2S1mE4CBg6oN3siEhLGkSygzf2+jRRUKVc2SHCrVQytxJ5dTD741qRMI1Ykp"
    "0vCeVzyfVIj51ZEtTCz1d08Ex1kk+q6lx1DJ0vJskfX6DpOfi1EHhFtF2lGQaR7+OB0blZ"
    "NYO2Bh6WopdAeFw2WoqqWeJFQpvos1g5XIVlXljmS2rsFH0WS9VnUSRh1iUJM5RX2YXyDD"
    "UYJvvEmGaW4T6kI0jycvha8/1QR2Cq6qo9I73kVnOQ7nPUC9AEr2hB+tUtACm6hPcS6Vfn"
    "kARIewYx9wWqA45shAB96nv6k9SMeZe03u/7YesrQJFaNluVexLZluReIdmWfMWK6lul6O"
    "Ish/Xn4izV+kNuRSVOkci6R9OaXzVrEysxg1TknUXxTtqKD5/KWu4dvmO8qejBg/KSoIbY"
    "7qW4mYVs37OQ10i8oqgFxsI4XImlqJpxWNjZhJ2tpMaKDYpOH8JU8WjDl3WmCm9MM6+pwl"
    "0OX2uqGBuvSLeBMQWGvizcBAnsJArQK8SkOzNtAeiktHCTjHkIMJEFlggnrRI7nDdP3afI"
    "uxE6QETVp5LaIYSyvD9lWWgT+9YmTMsgSfYOZXIcYk+CTsg9LJ84Bgmf0+Qk40aYSStQzu"
    "isLhQ0oaAJBU0oaDt/fSqtoHXh3IR4xRoMxWx5r5mlkMnhUev0sHRs17tfyaeTtvbBfiuK"
    "z96Squi/HEJ3MF7I3Plk7uU258RYtNrh1m0UV+bqtRMiqUEYfbzNer4+61mN1hMYz6H1yt"
    "fOaEVRP+d1nlJQ6ZWgEoWgTA06U8Pr1peEd30dyTB9icHG2sHn8fAzfpz6ilXdid4fYF3h"
    "00Pnrg1U8t1eLDif6H8MH8ePV702WBiu4z6juKX2MCYqBUHNQ3XDRYpMUGS9T6gqnIyncd"
    "/pX7cBoZzonZub/m0fK4ZtAKdTVVPxB5zon/o3Y1Le80WdOmUp72lMp8iS2Dlt6XwqSlW7"
    "0+A812lwnnEanDMaCTrQcmyJlcNGDDEpYU1hoiwbTGkY1i7ML8SkEkMP6QovdiGSbxk5YQ"
    "FMf+ur2Uzc344ine9QRnVhbRXW1kpbW0Vq1MFSoxImGIbf88qnvPn8gFJrF8TM1Pcr60xN"
    "tnbMW0w+Pz5KyezbQhaeqz579e8iPCXBNstwmIR24nq/iRSyKuapmOcPB6ZLM+FUHUAQzA"
    "WOJo2J++EUPuOfZx+O8U/5GU3c89MzBEafH09ap+D/tD6+/zhpvPuBRqfhi008pSp7oWma"
    "qr8CaCFg0CdCjVVF7wCfQFTWE06g0rCfAgzn9qvLA68/vHZmqN1nL1JGwzADIFmdQy3N7a"
    "MyJT7FI3rvE1f2HGWaUXrd/l3n9ujkrOm5JLBmr3oyXoD7WWLXyq5lIV3mcl2GaUrshdhw"
    "A5/m2L+n6c0/4gCTw5EH3GB87RjDXuzTwk6Yjn6N7YSBHM5nJYxSCUOWMBIKI+HhYd6jkT"
    "AU5rglwOG4ypriG2OPpYp4jdi+WFacuHEsw4aTGJrDgONX7vrOBiS4ox21nzSBnzYYHkUX"
    "kY4GbzOkg6dg9BNpS0C+H8tMs7fn8CcqBhseD/szXOVtdUOYb4o034iwpNKHJdmQJHhttU"
    "ixKUqsXTduHnp4SaYWwqvx0Lt5HFx3rm7xFQtNXV2hn6UUqyIb87lq2yTtzkSWjHSWqphl"
    "S2JP8A0als457EpTFX8HaYp4DXcRum8QY2G8K5PxzmfH9kw1zY2sTMwJRHfXMmel+ktmIR"
    "mpX7ZZ9NgMYtXLvOr4qzn4ZJcUrCXxRewmKb/pwF0fDbI+m9nlWROId6fU745wwnyDThjX"
    "VDZc9SilWPWyrDrjZU+GNB7M9VYyBi667VQDV+HRFB7NknrcRLedUnXbOYi3uGSn2i6cxZ"
    "wJJXAxR/q2CSX33iz1ATxekkAhHeu3BOnan6ZGKO0z6uBafUE2M2nEv9PMijNQVmPWBhiQ"
    "/IuLZ3k6cc/PLi4n7hk6PqY/Ic3CuPw4cT8cP+OfF61LGAy6aMFzcls5wT9bp5jgcqp8JG"
    "QtPObDFJ5N8NwyVBDmVeA/wBvUNEAUKhJV8PQvQ0dPP4An/LlV0nmJhguQ4AIT6QppwqSj"
    "rw6wXD0ZplD6T8sf7DDzVFG8SHh6EdlQbGSDv+hcTqwVSQ3TU3bcweUNoVcFMpyEozl+yd"
    "I1oBVZccrP8X738Gnrw8Vy+5I/snbu6K5ze5tUKDEmkjGVaI14XkzjtMUBe1J+YOeq7jqI"
    "4LPBbk0QFwft+VkFdi05QXk4bDC+hux19xlqvtyQFM4NQ0NQZyO8Ioph/Iyp9gVyIDcU69"
    "G6Gg5vI/btq368TdPj3VXv4egkFvqS3MdYxuOpuR4Mr80JtjO7qN97kLeIWoxMZKmJLLVv"
    "0VWWK0sNa5Wc7pwVhfA3ZPSFEPXB9gBuYFvhgzZGJYAVHkjhgTw4zHv0QM5YQgy/h8yfpq"
    "a4hg5yUctut8jmrGXHOtl2AO91aKp6Ahw70Lk9u/v0yAVeXoZLLuQATvfJmaFBO217k+1e"
    "wpvKcW0vkzbZDdSwhMOpWIdTeofP9QmaxXf7bBh0l/Fh3bjp/967lm5oimaQUjfRu8O7u/"
    "5o1B8O2mCV1jjRh+Nfeg9tsHrSwbM24dxwuTM1V0RbZw6WVPKodupg2UDdb+6gx/U35DMr"
    "6jIj3bjvDa77g0/tIBBjoodT91fsRloOjGRT+zR49vEtyea3keNoSAkSysklL518sxT/Vr"
    "4yjxlVHhPNYbjTw0RamCd5qZuYv0NkIgWsPFkhSVv3HIvCBlfb9BVF7XxIp3m6hp2mtw07"
    "TfQN0w2Hr3avP7520Ar3nHDP5eBZIn/xW1x1xkmV3ZKB04vIIBX+LuGlFWmiNcBVOGmFk7"
    "akHhmRJlqqNNF4/dhtEa5nX6cEzAzhKYfrVvjG9+Abz5OWK1JOU0Dfb8Myjxndkh4grDLX"
    "odvNLEe313ddCnhb0FOEr9T1WH0dG69gNDNMoCpId1Rn0aZZl3NovSLH1PCZBJ6ChxgmIi"
    "/2E3AMMEe2jb8hGTxv0h5h+Le4BX+vD5voeOW+IMumGxQYJKvU0BFAX1XbscGRiSxg44e9"
    "S8sYjRS9JiM9L33Ey+9/Cr9Gduh59KJw6hfp1A/WIoFsRkP4FUmZnWwbmkpPWnnySPGodK"
    "98K5FLGt/kHGgzSGtnnt59apmwTadDX00rZe5G6MLKs/ukN3yO84EaohDmyLWmHWF42J/h"
    "gcqg2wNLJOyuoetIrrfBIfTilqmV0VIhZpUVCinLGYWFwqPWKnRDrPNQbyUwnjX1hUpfpJ"
    "AO1nagsyyjMzdIXDRQHXLBwGIavg+OEFaljCkdQP5W4KIJHATn32uGDLV3ycpA+37YppHX"
    "5HPSz5DoZhSEZgtdTQRg7zAscoSlv9ue1Lm/fxj+2rltA78lAH6rLeML1Eho5GDcG4ylh9"
    "5df3BNgq+DwucWmpNPY63GXD/2VrfxRiZBln/cLe/4WQ3kTvyNPEyQZPUiX6kpgFNFbAzv"
    "e4M2IJQT/RrrAW2gGDoJsu8Mur1bGs8qk2+oaZtFr57kCSM7SQ8jO0mEkR0werWkUlrO8F"
    "X/9GACl66Br6hqqH1XRNvOFb0qjCzpLKnGRhYRCiailaqJq6jVsSdgA1maC9cokYBVRNeJ"
    "6LqDwyyi68qAroiuK3N0XagexpY4167/Qhzh6Bm/fiOLmjM1qTkzdB3Mw+TZf7mGAxsMr0"
    "10QDPLdWP4Q6W/lmPXOnDGMwRIKXZtAcbQekEO6OtfVIf0SOjfATpREDz3gkH0XCzE+fUD"
    "/Y2QAqwzI8cGI9KXfQGOj9vHx0nnzT4ftN5xIxwwRTpgvHWWNHWuMrh/ZkuAMJmQxxm6js"
    "grTYe6msZEhg05kVdaKg238rwrod/ynP25dOGhjsYG/lGEJnzQ5ditHrw7uSoWh8QQrJKR"
    "SmsTHmjQjxylyZHzEE4+wC/5zLBUGylgalhYtFFtsMQGHNkIC6pQAyR/YHn53XuA6ZFuA2"
    "hhmQhBhsd3T4+Z6EceHP9pI6xsO/Z7c9EEpmth/obAk4dL+0dV+bkNZRnZ9r8tNMVsb/b0"
    "jqZK6ORBQDNeXkjUDs2JeEvtohWPrvFDrOKJEUKWK1KWS41pzWjikBrUWqowmtIE4VO86B"
    "+8IAdEtct0aOUqxNPKKMTTShbisdAL0+yXDvKKonYI77gLnKyafnHP3Ak7S4oaMonWeZ6S"
    "pXhU+v49TxQttUms1zI5kYtZJChrt5/3ko/myTRYSHlFDL4xRl9ThIs4XQ3QzlKme7+PI3"
    "p0gOnRXef3dxFd+nY4+BQMD61B93Z4xYYefTVVLE9uYO5gTlBDq0d1rRzJmClfeeB/4RKE"
    "4o3jfuMCDDd/5dgziHeu1O+cLRsmqw7HP0bDQYo0saSIL60qO+DfQFPtvVnqGz9OXZ1aX8"
    "Czq2qOqtvvyfN+PsBbSBDKfgvjL1xs+cgE8bewgtkNq1ajPPkNne64/2uvDTzqiT7o9a5H"
    "Uudx/AteCoQUzD5cZzbRr/uj7nAw6HXHJOVBUW3fALdh1sPOWwlo0HYkZFmskJ10iTxKVY"
    "PTat9GkhVgGxxMCWJR7rvMRxJdLnuhy5sudYhWrHSZV1qkxqQz1Gp6s0Vt7G9x1fPEMBTf"
    "sLhkjHvn6U+BIMxfCztJKQAWeSUir+TgMO8xryT0zu8A5NpXu02yyDwFhQvtX1xVaFPaF/"
    "OVEA5Xn92yjHCs8G09UI+5jnVlS5C88LIR8urj1ASjfaZ2eIDdW2iKSF9L1GAEISbGNHOE"
    "IZrR4WsjEO/DUX5t8DYzAN0PNLEiSBoJ6hzbpOaxH0rov2J2MptjN1OKvI2SxfohUhlqY9"
    "/DkrpAczbWcJE25fU93P0x6t3etIFHPdGvhuM2eDacTTwKOw6kEraRdNzraxsplaZZeR4n"
    "8jtKqo/uWrii0miqWBXIquvzOoKBueqdBg0hbFJm1JlZhvsyA5Dmqn5ng0hfiM59H0zc1v"
    "HJGYD6Si5yDFeeNUk+BL7qFW1ECrCQqS0SktbenzjRFQtOnTaADphjrkb7WARPJAkilJaQ"
    "0nHgiIh45DEzaAPdIO005qbhkM7t4BUtmsA2vHwTy3gjJVhlDeLjRpnoz2iK9WAqIcpQ00"
    "L5If4Q4LypJA1FiIYlFA3d5/9BMkMmyQg6XpHsRiA8LMARoe8sT3rCWXp2whmzqmlKAki+"
    "sJ+iE0EI0ySAcYreo97guj/41AY+/UTHV8b0T4cUOn28GpNKp+5zGYRx0Y+k4Cgf/9zhxD"
    "pKJWBeC7ODvjJYeXp4dTC+BtAWHVVNxF0JP1+3tZSqU+mws2jFEnAvAT4drc1MKlHKGppU"
    "qmtCYQSykwJaG6zxikzECpZ6fUV3pb2GYIgOQFwWr7QOQIeuKHet2rJm2K6FHlyN6XSMjW"
    "hmtgNajpWsYPA6K1k61MyiH14HVrqhsJgzNay5t3pQ87aWqP9xSMPPanVya2Or9axhYn+e"
    "tP70pP64Ihbe8ZsYfsL0ZUYbCwCfx8PP+NWgFveJ3h9gceDTQ+euDVTy5V4sOJ/ofwwfx4"
    "9XvTZYGK7jPm/UcGj3GV4rVrThKkUmKPUy3Xf616Tlk6pM9M7NTf+2jyW/NoDTqaqp+ONN"
    "9E/9G5qI96JOS5OCJ5M2b4jB/a8MQ0NQT7PQLalia/KMycqzKLsQ9q+Gw9uInH/VjyvOj3"
    "dXPYw7hR0PUj1pJhkU7ZcWcxhBpOlnQoSoBiaM6I4+zVWt6DSjWtFpslqRBvUXF4t4PDCH"
    "aWqH8o5t+7Y7x5IKYxdnJL6vSMqR+U4eW5/Md1JWgGs5AgKxGDtfDFKQm7EY6bbqJUEN+E"
    "7RBmoZ0o8oYTGYqxBHnK4c70GtynFYSDbmcxLZqhCYeVaHQVqOBaoVo8LIShb6y1X5FYA4"
    "aYFaQGAhqqwWELAevDwq262ZERrBoC2yXI2+qKTAampQRuyGOulMKEJUDvZTq/Nhia/ELT"
    "ExSIXsxC074R3lTqeqrBIgeQUoJrF4S3b+luiGNIP2jBy4sma4vAc1i7zAw3p5pbKnNfxi"
    "sJxj6S/GkqAcL0OtJNbAZyPZb6ojz3gkJwZpDY6MAkq/e3jhj+5AVeOyMcUJxQux8xcCS0"
    "gWlDBGfvBB3rWJ05VjaWp1cNuGa8mc1WFXJGJBdr4g8gzJr0iRWBo3iXNM0bgjVFlhjvta"
    "mMO4PUncYtyZTwJdSGYGp9EiTldmN/6mbsw8wS2n6dEtpzS8Zavk292FwZHQthFyfvVXjB"
    "EGFxvRzAqDI7Fvko2c8A5Yny3620yVZ8AnAcYUQEAmssFU1bxESLKrnqGNwMzAXwockdxL"
    "kjdJ8i5f8aZoAvT+5T2YhOLwJo13yXoce32SyMUsV0geWS4e1hWMr10W5m4YVvh02OBgEG"
    "cCH8RUFrHdlJDHDPnFp6khyLtP8CO+R3yCyobLchekcuA4mahcyTCmaQZUNsomixCKZLLS"
    "JRuVRHLtz03Dch5Nsl1YcmvkfqbUqtKRkrsautPUjZgQGGvfGirQ/k8u+fBKfflWRMSPrd"
    "bp6YfW8enF5fnZhw/nl8dL5pS8lcWlrvqfCKOKvC5lFyRz2XOCeoHF2J53H5pO9C/u3q4R"
    "ohrKO63z8zwm/vPzjO6Y54ksDbzLWcxEh9Yi3aTDciUuHM98WTGMs9iDb11cnrwYyKv+oP"
    "PwB9v1fsWwRl79Me514uZh9V+MjZ2ej+sPF2IlQ6ysYOMvc7MSQPdBCSAzKAHUv7sfPozp"
    "NU9moVevsWxHagHpaKLfdPq3JO1oClXalr7bGXR7t/SSTADRtLIkI4m8grK5TESPobpqbF"
    "FJS1ft2UbrHCMVZUDKvM6ijdCOBQ/PPLBBF6EkoYBXNBESTYQODnPeEjYbNBES/W120d8m"
    "hf3uANm6t2VKnjmlKr40cvD1G42KLgnD/epmM8tqT6qhIGkajFsbZfKL8QbwB1oASgjw7t"
    "NJz5U3Uix8ahlz8ER+SvTuEzj67jswJXXAg1Ys35EgEct2PPJ3pFfLExa/vOFNWqV75n2U"
    "SMRJIU+d6PQRxpSEsMzBK5YJyW+qRcgWwNPi2wBq2vdEMAeeIq3iz0FaRZChNgJT9EYiXW"
    "xaaIZcxtNRDyf+JoDUH19MdO/jgyPCEQny9n+uVsF+by7Am6U6yPY+hqrTiBpamBN6mrP3"
    "CX0UUqNmYh6SFUB0/f1vv129K+E8Kcp5El293Kb9CFUdbft5Yhla6bEMrWSxYoMf5jCNAD"
    "kHyD7/5mMoIaLi1JPjGnCViNV/wYn6kkRgvhnmQiMXGnlJ1ZsN2igVptt0NSxaT1UZOikB"
    "9dEBmTqOrrmSnBi+VtXpgElj4p5NL44n7sVFa4p/Hk9PSb+j1kXwczo9mU4aAC+7TcjaVD"
    "AP+hlBLMLjXaU06VW8DlhdsbH0Tvpp4oukjyW0X8mvRAMhY7CM/4asZMT94T7KRH8yLcM0"
    "bKg9kQZLVBdBcA4ozt95ug/RbY4g6BpYIcLk+GHENfYOT4t0oDrAmwEppNtTE+DlQXiT5o"
    "z2/3NpBhIxXiU53NLVlPK3+jiQ32svhbxmhspMl8wKbV+S1ALyApK5A+6XhDmjDk6IRsRY"
    "ZG/8TWoaqCS/lGffryhqV8Fg983hRAjLRixehDZUbTV37XyfU3cYH6YRGoGqMKAIA8rhYa"
    "5LSENVcU2LaWBCOl8GIRQVzVBVWCNnTZmMfbcIWjpSel/h3KQIJ6x9sRHNdeY+zRsvoRBB"
    "DoOfObOgTaxZtKf48vX+zgYmMvA8AMtfhka6mT8vAARErfDtbL41bE6taOCLit6Im151SH"
    "/0k48t3+TGsuwV8sz18QHUFCOiASpsZstwUNfJzFaAzcd7cXgQXlHUEGNhYhAmho1MDEJ1"
    "E6pbSWXhMvu+hybSu3gWliC8vJcpAht4lCQHw9YKvkMdAfLuYymSELWxDGmDZ9dxMIokAN"
    "WwFGSBo6c//6T1T5vAD0RVFfy2f4GaS8uZeI7ofz698/zJWA7F8iyJwz0i0qqJLNvzvEfk"
    "3+IePdHxLXvlEsd3TczrbPxcl/imVQdPDhSXCNxzsntJ2LDxhnf/D2BACtj9BKC+wL/gh5"
    "B4Xm3p3pahDp4DjznJFz7yx3vDZlBXNIS/WnT2d9TVTucgo6nkvvrqb9BeTgiC+ciy5q2S"
    "J/zmFRLo/VXn8TGGSMrhYqxX5VshoH4LAir6aqp4ug2WOUopkrjLvMqkwuxm73KYUKxxqd"
    "dYeLNr4c0u2SsinNnlxlZYRIQzu+S4ltyZXTKGW3lfdsfBXxAr5ylpK+HbzSwTHowNzOO9"
    "toy5AWQ8FzFuaar+Chy8+YgtLJwKfzRp/F84X4CJ++Hi8mziXrQ+XpKfF6f4yuXxiZdiAj"
    "p3f5ycTxrv2p4NjtjJLGtBHNWqA6CFvNx4m+nSPtgHWe/nDsrKUtuh9IoW2zm9vxUD2QH6"
    "S6yvQ1l8iWB+oBvd4XWvTV+GiX7bH3xu0xci/tbk8cPuuMUvfQN4nNxLgjLjvaGP+zxXHM"
    "F5RhzBeTKOYMVjeFEOiATS+ZAW9tp09EmG5lDXFv7BURGrj3/GZRt9/LXjrSWYoBOmiqSp"
    "wpfTNkDWEPkMGbgKE5AwAZVUqd7ABOS977uwAq1mqim6Ud6YE1tRqpED3NJWaux99apXPU"
    "D6eRJWocj9ZpZZCPkjJSsYutYwdAKeSC/OJ/ATeCJUT+DpL9dwSOVDVSdRUjLyiyhi1UPF"
    "qODfn7zIKVLp4zsbKHDxzg9mIld19NUhMUtJ089+H7XeuEMeTv6lD/WtPP5jhJnnoGaeYG"
    "XyasHB+BoqwKc51N/T9B6XcdV3udfzQrskENiuwzZgsjGDApLVOdTY6AYkcUuCR/Pep60g"
    "0BnIXve6/bvO7dHJZdOzP9p/aap38obTQxLGsYA1JxFObS4fpfqmm8sLm1c6U6ivzUuYD4"
    "T5oKQ6WKlzaojruMFKqKE3mpk18meGKRnLcbnSaTTVy+mAfgqLl7L9ihbECX60RKrpJ7iQ"
    "dJbR58d3TWAbAAILfe+1pgOuSdiwDVRG7vgen7Ne1aLz+Qttv7oJ9Yo1HB85GCE8kNW917"
    "P9ZI7zMmlWTnuRyVK6TJbwtsirkIRpaqiTXOSpn36RXj/9IlE/nbxvHPj6w2tX+m73wJqW"
    "obgyO5A8o7pghErAnBtm3lbVcbraQb2XahbeqcmD84qidgif5EL4JAPhkzSEeQN9olQC6T"
    "xI08hSiQTTcfKNEFXtkN49gw4iFPMCHIyvHbR7CVb7y4W6ozoMZpGqpIRJijPdnOxXVdlZ"
    "SI2Fpq5O+vRtgCyTtjbNbnYGMZyTJnacvpAV0TfpDTlrtnJ7Q7xtKG0Ec4L2MGjvayvvGm"
    "rZtSyky1yyWpimhiaKHbtNbQc6bkpjivVZHSvqMiPdeBzcd/rXbeDqJlSVie795f3eHd7d"
    "3/bGvWuS+EEKkDqkLFC3M+j2bm/pVfLNNY1cfejdPA6uycXgKCLXxo8PA++a45JKpnHjby"
    "4J/CKPAB73ZYXk74vEq2PM56ptYwQk0mVoTleBj1mlTbE1zypn4NruuNYKNyg7LqshSV7c"
    "V/QC9HWg07qeHkAbsrP4HBsxtWJwbvzav+4N2+CLqiCDZKv92iPZal/QRB/9Mvyt2xnhv+"
    "2Z8SZDG18bjn/pPbSBQT1EJeFPHtZ89tsoVe102N2bBwInHX/kSZSyhpEnFYk0CTDJDDUJ"
    "+WKZy5y9xB7VNx2hZRuuxYoeyXDVLSkKZEP2DCGnIKPw7lm+iIL7BqPgvHCVTVY9SilWvS"
    "yrzjiR/E9/+JTUkmk5IiO13NiKkNJvLCO1ZPxhBwmph06YfEA2hsQeIcfxvmkibjc2opkV"
    "wGt5YyU7NHhtFO94lZRoIRIjSypOBX4AUruKlKqC5xP38vLicuKeI1Kw6sNHWQET9ww9Q3"
    "xbPjnxbzTe/QC6gz/8zEb8OZLRvAU8b33VeJEUWWRS5HKdpU18UmzqAvVGvMGK0Rp37J4S"
    "ykM67vVVHkol5VaerSVkXB45IZc8PNTR2MA/ipCGD7oce0yv2koGG9HWmV38FrLkr9DdTN"
    "nLpuPwt/MHrpW7fiOVQkm/G4+SJjcBP/IbkGlsENSL8KWiy9MPWOw5k0nB0NbJMf75oSWT"
    "NKeT1in4CZximen85OwUC0VN2nOH9NmxZ6pp0hqiU7Y4driPsT73yn51ReXSg0tvZc/CqX"
    "aCE280fYhEQJwD4oAhc4WQ2CKYM0/YSMDVOfENk4nInGyIRRCn0JKFltyst5Z86GUWvqCK"
    "67+F+SvuoKrdeY1lGwxlOXy7maUtz/FAaR4amaPtR9DQlqijz4aD9UjdAUdPhus8ee10vY"
    "B6cl0hqubEbZ18bNFh70h/DsLM8HhVf2qCN9WZgTfaq8MhPWhJALqpLZoJ9biYx050yqu8"
    "P/BTXJ2UMnF1230mIDzTP+bQkWdISW2M+ydF9dn4Sr+EaiE5aKrifwWyn5LlS9KI8NeyNm"
    "qnKxTuLRXuyDLkFfoiRELqWyf1ZaXupGgtB0jXKSqFvZUnWrGVHq3YisMb4jgcEEep9gVz"
    "oawiWvbi/DxP2Yvz8/SyF+ReFGpV984NfBbwYB0jq92e3gvWWL/AKggX2wiR1BDjPOY6PC"
    "oD46RN1H3+H3yScbHmFUntMD7NVZnhNKMyw2myMoOFpoxNPEZf04sH1GUHZ9kwer+PI+aL"
    "AMOju87v7yImjNvh4FMwPIR593Z4FYP62VAYxrt0qIPxAmpuqF3ekohu0UacPVfBKKQmYk"
    "SGtjaznEYpRcf58hhKkykoxJCxyRKvyMT6lnl9RWJZOlutpv8jd0tBkWK06xQjBZEyAhZn"
    "n8YYlQA2CaxvpebDNUokfHUiJ074QQ8P8/5y4kKurC3xvVvNVFN0o7xR5BsWnW/Ikhp2AO"
    "51aKp6ohsTlkqVzknYxsg1TWLx974+M0QiPKS5NkzCjo1eHyqhA9/rsAxa0BGGDLxZKul9"
    "4hgAvmCESfiCH2ygkMYpNJrBeMObBkD7FSlkoO0YZjJpYC9PWJ8PEPhSRD7AIcMTquIEK9"
    "Ctuwc3GD5DbL4IkBVFDTHefUElBTmYu/IAvKKogXOmAC+jsCymo19fy6KwKAiLQklVh7JH"
    "VhOLQ4rK4BsjslWFYFCuzo0ko5dUpf7OBj5tE2AEdSTjdfcilSEW800TmNC2MXQKOLIR1I"
    "Kb/oezEWbWjv3uPXjCaoBEoqDtJ9qdMaE1FPLUie4HaStY03AdzGflGVYzXHmG9RLST5mo"
    "JFgNQdoUHOGp0PImfkMWQMYLaQNVp3qNPINORri10E2EblI+ZliAbqKotqnBBXdfuzhd7c"
    "TovfQCc21k8SIdphG7Ot+uDg4cHpzDNDXE+TxXZsB5RmrAeTI3wJ47pjRjpuVnhPiGiWqI"
    "dOs8T4ILHpWxo5NJLgQ0UjyNQ9KI0AgljBX2SBDCAqhrMTuwrdnDYcIa7uPLHLv4MnUPXy"
    "aSW+aQn1dEiGqI8V54BQWNk1dEaASvYPAKitAmvCJBWMN9vGNeQSOOp4amIEaUQgZXjpLV"
    "TifZS69taJpIV4jdhcEvrgxDQ1BPUbejlDG4nzHpvvAO7BzFxoNfDYe3Ecv9VT+eyvJ4d9"
    "XDWmGsJlCSmSwtXZyQR+gKBHx5pbKIK1DVFpIMzSTioznUtPSI3jBhcSfj6Z4TjE5bHy6W"
    "RyL5I+s0HN11bm8ZTYzhHJ9sJAGIF9QoZYHtoauDKuLeqRHC4jBtlR/SuapLL54UZjCZbn"
    "rceZKywN16WZVe21PDcFiyWnpy7IqiBmJa0emxOoZVmloIbRCQEacVKX1lTunDgLpIoj0x"
    "eBc6RirWuczr7KrKF6ipCtO2sCbxPUwoEuA3S4DXoO1I3FUHwlQC+S2QR5bFSkhJN/VEqW"
    "ogQhQRxBkE52wSxhmjrWEgZ52OExGvm/6i1Tded47mz4izEECERqSri7RqEQR9cJj3mFZN"
    "3/YdwHu3nKha3CF3TnWYLXInpiaqp7L8PD7lzecHpMGUcr/sYtw12c5/7zMIv4MsVZ41GD"
    "H4/p1mVgg+XI1ZF4GfDoPoXVquiPIvyAoyr/OqmSGSGkZt7KewrslwXGXE7Jssd1Ud0N1L"
    "BDl+osOM1PjHaDhIVd0ddoiGosoO+DfQVLuKwmgGuASMbKdL3L/SjCpjZIKrbXuGbnuY/f"
    "3/AZOq8zc="
)
