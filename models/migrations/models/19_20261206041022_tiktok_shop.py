"""tiktok_shop."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "tiktok_shop_connection" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "shop_id" VARCHAR(64) NOT NULL,
    "shop_name" VARCHAR(200) NOT NULL,
    "region" VARCHAR(8) NOT NULL,
    "cipher" VARCHAR(256) NOT NULL,
    "seller_open_id" VARCHAR(128) NOT NULL,
    "access_token" TEXT NOT NULL,
    "access_expires_at" TIMESTAMPTZ NOT NULL,
    "refresh_token" TEXT NOT NULL,
    "refresh_expires_at" TIMESTAMPTZ NOT NULL,
    "scopes" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "last_error" VARCHAR(64) NOT NULL,
    "last_error_at" TIMESTAMPTZ,
    "last_sync_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT REFERENCES "chat" ("id") ON DELETE SET NULL,
    "connected_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tiktok_shop_workspa_9f24f2" UNIQUE ("workspace_id", "shop_id")
);
COMMENT ON COLUMN "tiktok_shop_connection"."status" IS 'ACTIVE: active\nNEEDS_AUTH: needs_auth\nDISCONNECTED: disconnected';
COMMENT ON TABLE "tiktok_shop_connection" IS 'A TikTok Shop authorised for this workspace (several per workspace). Tokens are sealed';
        CREATE TABLE IF NOT EXISTS "tiktok_creator_link" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "open_id" VARCHAR(128) NOT NULL,
    "conversation_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tiktok_crea_creator_329a0e" UNIQUE ("creator_id", "shop_id")
);
CREATE INDEX IF NOT EXISTS "idx_tiktok_crea_open_id_f02318" ON "tiktok_creator_link" ("open_id");
CREATE INDEX IF NOT EXISTS "idx_tiktok_crea_convers_c0c4e5" ON "tiktok_creator_link" ("conversation_id");
COMMENT ON TABLE "tiktok_creator_link" IS 'A creator''s TikTok Shop identity: the marketplace `creator_open_id` to message them, and the';
        CREATE TABLE IF NOT EXISTS "tiktok_preference" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sender" VARCHAR(8) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "tiktok_preference"."sender" IS 'MYSELF: myself\nBOT: bot';
COMMENT ON TABLE "tiktok_preference" IS 'Per workspace: who sends the outreach messages to TikTok creators.';
        CREATE TABLE IF NOT EXISTS "tiktok_send" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "subject" VARCHAR(40) NOT NULL UNIQUE,
    "state" VARCHAR(8) NOT NULL,
    "conversation_id" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE SET NULL
);
COMMENT ON COLUMN "tiktok_send"."state" IS 'SENDING: sending\nSENT: sent\nDOUBT: doubt';
COMMENT ON TABLE "tiktok_send" IS 'One message sent through a shop''s conversation API — an outreach touch, or an approved reply';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "tiktok_shop_connection" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "shop_id" VARCHAR(64) NOT NULL,
    "shop_name" VARCHAR(200) NOT NULL,
    "region" VARCHAR(8) NOT NULL,
    "cipher" VARCHAR(256) NOT NULL,
    "seller_open_id" VARCHAR(128) NOT NULL,
    "access_token" TEXT NOT NULL,
    "access_expires_at" TIMESTAMP NOT NULL,
    "refresh_token" TEXT NOT NULL,
    "refresh_expires_at" TIMESTAMP NOT NULL,
    "scopes" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nNEEDS_AUTH: needs_auth\nDISCONNECTED: disconnected */,
    "last_error" VARCHAR(64) NOT NULL,
    "last_error_at" TIMESTAMP,
    "last_sync_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "chat_id" INT REFERENCES "chat" ("id") ON DELETE SET NULL,
    "connected_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tiktok_shop_workspa_9f24f2" UNIQUE ("workspace_id", "shop_id")
) /* A TikTok Shop authorised for this workspace (several per workspace). Tokens are sealed */;
        CREATE TABLE IF NOT EXISTS "tiktok_creator_link" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "open_id" VARCHAR(128) NOT NULL,
    "conversation_id" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tiktok_crea_creator_329a0e" UNIQUE ("creator_id", "shop_id")
) /* A creator's TikTok Shop identity: the marketplace `creator_open_id` to message them, and the */;
CREATE INDEX IF NOT EXISTS "idx_tiktok_crea_open_id_f02318" ON "tiktok_creator_link" ("open_id");
CREATE INDEX IF NOT EXISTS "idx_tiktok_crea_convers_c0c4e5" ON "tiktok_creator_link" ("conversation_id");
        CREATE TABLE IF NOT EXISTS "tiktok_preference" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sender" VARCHAR(8) NOT NULL /* MYSELF: myself\nBOT: bot */,
    "updated_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* Per workspace: who sends the outreach messages to TikTok creators. */;
        CREATE TABLE IF NOT EXISTS "tiktok_send" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "subject" VARCHAR(40) NOT NULL UNIQUE,
    "state" VARCHAR(8) NOT NULL /* SENDING: sending\nSENT: sent\nDOUBT: doubt */,
    "conversation_id" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE SET NULL
) /* One message sent through a shop's conversation API — an outreach touch, or an approved reply */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfQtz4kiW7l/JIG5Eu2LpGhu/quhHXIxxFVs2eG3cPb3NhJyWEtBaZNJ6lIvZmfvbb2"
    "ZKAr2RQAhJlRHdLlvKk5K+fJ33+d/GnChIM953Z9BstMH/NjCcI/qL73oTNOBisb7KLpjw"
    "ReMNZbfFi2HqUGa9TKBmIHpJQYasqwtTJZhexZamsYtEpg1VPF1fsrD6l4Ukk0yROUM6vf"
    "Hnn403or8aCygj1vlCg+aE6HOJPU1SlcY//kGvqlhB35DB2rM/F6/SREWa4vsO2pbe4tcl"
    "c7ng1/rYvOEN2eu8SDLRrDleN14szRnBq9Yq5t83RRjp0ESse1O32Pex13dgcD/Z/pR1E/"
    "sVPTQKmkBLMz14vEjraw1JGgxH0mNvJEmNDAjKBDP06asa/Oun7BV+bJ2cXZ59OL04+0Cb"
    "8NdcXbn8t/3oNTA2IYdnMGr8m9+HJrRbcIzXoIaGIwQxnTd6NMZRtAHE6acEEXfxTYLcvb"
    "DGfD0RiwB9Dr9JGsJTc0b/PGl9SID4t85D93Pn4Yi2esceSejKsZfTwLnVsu+xcVjjrhEZ"
    "aigL2muK4jBu/HMmdQeNQmBOA3I8xCGATXWO/klwJoi9NAWC3DFU+LfHGcTTGVSLAfviLA"
    "XaF2excLNbfrzf0MuMkFfpFS2zQB4gKxD1YoBunV+kQJq2ioWa34vGGuk60bdBe0VYO7zz"
    "n9iyjhgUks0b+ZG+pnfYphGNtp8yALXikL53f6niOUk/UBlibekwRQnQj/p3vcdR5+6ePW"
    "5uGH9pHL/OqMfutPjVZeDqUXBRrDoBv/dHnwH7E/z3cNDj8BLDnOr8iet2o/9usHeClkkk"
    "TN4kqHj4N/eqi5p/ibk8ayRPFMt2Bsk2M6BVGOYceFDG1U9eI1lQn3jgx/mG6Eid4i9oye"
    "Hu09eCWI46nx0h53dvXxWD+d/uZHKvrqeqDt9WAlFojlEU6Lcj0977O4/dznWvwQF/gfLr"
    "G9QVKQZ5SqZ+RbqKjDD0Vw7tzZcHRPl89i2xqF/b/SxrBLpvMyCWSXc6ebYbSkNPL3VGSa"
    "JyId5xRrlY3dOu6orXAmGFdiLRFtiwAdkRtXu7x9G6w7pip6hTZJi7blu8k7pCZKqvJmX1"
    "jRlZ7IjTI+2iSzBGcsop5ZxalYJLnS+IbkrWQiNQ2RGwPu/riXdVU7hkDerqRJXz2La63r"
    "7quhwJ3e4lmSKy68lI++nStnXCifGqpEU8PKqPew3fmrfmwSsQwyn/JPZs9iQHrzs0f+GG"
    "iJBBxLnTTDKJzNdtNhlFGh1gIjif0/F4D55XunHLQDpl1J+BagBzhoB74wcDqEoTEB08s/"
    "dq/6yoBr23BOyvX58BbQMIRvR/zb6mvG8EUC7miRlMOs6ThUmnHCYddzhCEKcw6XhohUkn"
    "nUnHWU4S/zsD5kG6OuJ9fJwG7+PjeLzZPT/e7N+s5gYvzb5wLnQv2T/MOomzU/awNQ/p5X"
    "xwu7QFmhkon0X7tK0bGRBvdK7v+oM2gMpcxWN81xl0PvUe2sDmK/QxHt73HjqjIb3ke0LW"
    "EUpjDTqJNwadhGxBwjwRD70wTwjzhDBPVNY8Qd4w3Z74NkX0XXUMdi811cZgYu5qwxnQLm"
    "qKDl2VU8Sc1PB0V5QeWVdd3lNNwYKWopqSRqa7AdVh3dzavdQQpbXlVHLYqMIsqBWHi2/q"
    "Aqw0dtRcZlYGq3OlwSre6FxFuKYaMQyoLyUT6fMd4frk9DWiXdUUrpKY6KsInY4W2lJSdD"
    "jZ1Uz/wHq6Zh3VFCoZzheQypE58RJdp7uaouW4fuTEd6V1AakiUgu4nCOcF1T3dm81xUp4"
    "ywhvGeEtUxrADuAtU8V5BU3ayYvFZ1U+u3xn3WONMNung9Fapx/hY+RT+Me7GflsDJs9jY"
    "YYgRukGjMLmAhDbDa5487vqEvmQCb6gnv5MN8fHjQKGCBEQ2EHol06ivQLcv1HWAP0jQqZ"
    "GGrc3i5cgsrgErStHd9LX2b3lMZNr//4+Yl2xif1GP/e6w7v2uANyWQ+xt3h4HF422u787"
    "gcFnzfOokcoOjJH6Qr88CUyU8rq39W8X5ZRcUmp3IXaiW4C7XC7kIvOsSZXA5XBLXDdy/u"
    "WMLfJx79evn7hHxS0vhMsFQsuwqYThqgio1+KoHJ9uffEaB14EAdISra36aSIBXncFNJeA"
    "7mcVNJtIp3uakkTCJbgchWkD9KIltBNs+RQn1GKolUSZxGKondgbxGKomVZ35JMt19IpRa"
    "WQDzzK6u21vdYbMMOM0Ptie3tzrCtnJS2lEuTO+cVGmYpIVOFEveWRfjdHdv91Zb1Ah7f6"
    "Ln4h/h7auugIn8R6m933ZkvVJ7vVUSJAVBRVPx7iK13U1dYTqgd2Al8Tqge2Al8bL1pRON"
    "vOWhLb2h/dQVKeFJmREwDUGdhVGjb5SV1Hbd6G/t3np2Z3XFTORqy+5+uqPtIpPbaSXBQt"
    "9se5jEPmxHuHpOXw+wvjZEois7W+qHrI+6AmTwPZg22lkQfOQ9dUm9hMFMTt8eWBFWpAXR"
    "VDnB1jHEaETojxTY0u7uV73VxJ8+0pD2l0VMmAdkrjntv9wOa4iaI1EudDRBOsJR2YWyAz"
    "dSX0fk9d7XZw2x05FBH2pIBjJN1lkOyD3YXT6ue6wJbhmDWVy3raj6gWuProQSgp5GRVQR"
    "ZL9TTkjRUGSUSYCKi9kN2iZwneUk0SOue3sO3bQ7W1E3eTTKP0Rci4hryX8faIz6X0bDL3"
    "Tw+LExxv3B46jz6aFz1wYq+7ipDudj/MfwafR01WuDJT2UrZeSxLfYqyh6iKKn/5qizIOS"
    "fhXsPyrAs1NlxrnO8UN7icAgFjajHKHigfaQbIVyybiNQBhRmiCi+BCiUL5hNHVYtbTori"
    "nqB27+27GNVuYs5QGyGiK9j73iIFVoSw1z/gU6NYinVqQfV0IxZQ9N/TDOuZQymkNVy4Lu"
    "iqB+0LbO08xf2iqhnm9oBi9mGbeIFUH9AD5Nw06cxvMTpyGGYkI0jbxF2xLUaawM7iPbKl"
    "F62XC2hfGPrdbp6WXr+PTiw/nZ5eX5h+OVVB6+lSSeX/U/MQndNw6uyB5wbdhWPl8RFxgb"
    "vtCJsUC2r2UWEf3+Yfh43+uO2sDtgSecGHW6o941TzlhQpm+6xg/9O5v++wa83ZX2ZVB79"
    "Nw1O+M+oNPdPTQlJgqZIrIMaZCfo81pRI+Yi0fO3f3tz3p8XP//p5dd4xAxkxdLDz3H3rd"
    "Xv83TwMdyUj9ylqwd+oNRtL98HH1YgibEotYZvfvO316dQFV+vt1r3vbH7BWCpKZgxe99u"
    "mzQzidORRXt8PuF3blRSPyq52BKPO+mmpbTdhVQ5sqnToRK/4/H4eDGLbLaR8MjFdlE/wL"
    "aOr+jGONnycW5v5g4MVSNTrwxnv2vF8zTsGs2uIoqBk+rOdVTLwL8dFd5+9B9Lu3wysOmS"
    "fYnXVwJXIWpN6U65WzwDvq1kLZctT9lGLUyzLqLkaeYY+K0kXbjbqfModRLxn/Vd1BDq9t"
    "bvPKVnvIS1IjdnpH25Yo6bQvbEPpc0RJp/2WdArtDzmgmzrVTsk2h7TIejdFH6r0BcDg6f"
    "Y2XaUskY5GpKPJDa0D5FmpyOoVaVa28NUTCR1EFLQI8T24p7Gm4td8cvrd0p7qCpaIhxaB"
    "X1UOZKoKI5UpNiejDzuXZCIc2F0JJ957HbstcnVdD/mke5zkPfaNbK7jSZbrmnmPF2Kwjv"
    "cxf1Xj8plvtl+7tAWar905nMV0Te/16CBQyjG+fujcjNpAcRntA/semehbhCFhRK/GWHGd"
    "9rVwZk6yGPT+Pkq2064MBrfDwSe3edB4K+y036Hxht6ckYzWGx+NMN+EzTfOoZ4NVT+RMN"
    "0Is5gwix0e5v2ZxTyc/4741q++QhBd/964GVv7hBI2x43A+o7yzEbHfUruXuNahAAfsL3F"
    "y/Fee18qeb7RWbCs3T8SrC0BpwYz1aCzb9nm1Q8NYukyAhOig4mFMX0egFgBjJf9UcU/co"
    "pwdcW8Ok2jU/Dt3faX21oFFrfuVTgEbsXRsWWkk7m08sCm/OTalZvfUZ1V5PYefJSXIvGx"
    "/gdFvQR/1CZC+stSMhCd/3SqCW1KObUp/iHbRqfi76HEATAiIqBsEQFkt5nnpS+zfklMvJ"
    "JNvMCRlkWv5qMUerVS69X8bFGWYfZTCtf3Mo+yj80MS5sagTGMZJAwMMwTRlmrob0ePl3d"
    "9sA9PQH6j30nrmw1lvwm59v/0lRb/nzodW5jts6XZUbNapBO6KyFzlrorKuJrdBZC511Jd"
    "DNqrNen1JCb70Z3OCRXird9ar6boTi2luZN15r7SsDvGcXNL/aVzihlV1tClflgsKKqxiH"
    "DTnGo7RUqqr0w7DnJGIm1OlyyQLwmqJA775GIfC2UqXCayWkwmuFU+EpyIxMIxafkWVNUY"
    "6cLOyxIieL8PWrkraKHgOZXf3kHcX7kvGXQrovN7ZCuj+gdM8XuxA+NztNyTFy/aHlznud"
    "yMgwkNL7ivjbh6TPQItmkgy6cNtKaNV4o/PUECOgIMVaIPCKluAIvZ++B89zY9r+2UQYYv"
    "PX9s9z2itzylKVX5/fNWm7hQmgCTQEDRN8ADNi6QY4ukGqMbOAjkyWfoC7Rv2/SzB7F/at"
    "KuiZkZVIvFUjoqqOCBm6lDJ0crGQ6BGoSoGQLQW9/LPLZ6xAUd/SE3uRoasltBW5xVRdZg"
    "sxwYfhJlY5eyL4CG8+n3gOQvG2SsU6sAmnAGKZL8TCCnBO7TbQiAw18AY1jTcB/wFYVQQA"
    "DfrfK1Ka4FmhRzM0n4GKwdOo22RO1qZle1HTVzDoM6IZh70/MY0K3ibl78c7ja1L1gRuW1"
    "FdrNDqYtWK/N7CT/Shd9cfXPcemPvnnPWtj/HwafTQ63Q/t4Gb4GqMr/uf6KbWBoo6RYY5"
    "xrTPfteOGFflklQZWy+nbYZrTV1kpnmEFafaZCbv3t7gmnvnOvRj/OheMTxXRvxPOlo3nf"
    "4tc4mdQFXjXredQbd3yy/JDAyNX3384rrxvnL/3XKMqrM1ZmR21lRCO106TsdXuocduBI7"
    "cLMIDX6qMu+w24plH9Oso4/x6+hjcB1lrUG1U/2pcoObv+3Y4fwycGAeiuLMACelZsN8yc"
    "XQfBGV1e9xTtd8vN3KQ1ccqsf7RfW0dXmxApT9kYTl413n9jbCzVeDTODZRmvgoxRxCWU+"
    "Sxmzt8UQe8jE+JZ5fDVomBLS9ShzXVKhQy9V7TyVzlNpWc8TtKznYS2razfS0SQL1AGy2m"
    "F90kqT2422iudLW6H8boaJFlkPepdGHPK+RNsGBSirl6ifqn5Tdg/VkylgX7dipgKk4rQt"
    "82lb/ryTe1tCScO4j6yTdh4cKRrx+K0rQFYD4AtgbXS0QFE7V9IJ4VLUDuH8Ez0YMWVT4l"
    "mZFYHwtI2JT66Mu0OxUFezgmSauqHyDJqZg/1N4VW9eR1lTqIQpBObVHmSKNQcVtf7IGOR"
    "UT+VADYCWFG6VUQElRtbERF0yHwfsyh2O3uyj1mqbFZVxdXDcpYzhUrJttx9ZVARhYbT4Z"
    "qi0HC0xCCwTTdnUySmSVc9NjO8GUrIVhTgAFcfvSvEB0x43Em5A/OuxR15J/VBO5Clo+gC"
    "mFVBaZ9hN6slHBF2413e8WE33v0kXdiNc9L+YKwc/YGB6BDQvQYcMRM7OAG/gImqGyYwiS"
    "XPmqxqAQYTomnk7UdrYbwDFjZVDUCePZrVOCALA6hmdNDNnp+3XdYrIsJrYlfCvsNrKhix"
    "wZJqfc1cXrHTHfV/67WBTT3Gj6OhE2pBJzBPlX49HND7CsEoOjwjuKAOFWJTBV+dPbs55+"
    "Grw8ZdotuPkc1ZJ0BWO3ts/p75woAYD319DYjWQtly1P2UYtTLMuoRLlshyUWYjYXZuGrg"
    "itz7whZXcmyFLU7k3q8Eulvk3hd2zj3YOYXVKF+rUSq7hp10KdL3OJvafp28qR6oF6K2v9"
    "cgbiSo7vn9Zhr1vbRwm24uWcyKO1IZCingBZryDLxBlRVq5BksKQ4TVZ83gV00A7BLXJn4"
    "E3hWTTQ3nsGM0E/khYhlMl9YdKB50isjoo7xPp+0WW8vtPJCK5+cR8mZnVn18vcPw/vhI1"
    "O0uz3wkqQ3/Yc7pxopm9lxKZPKoZPnSyw8WvFFFVYE5aipwJ5Xm5oKIpKtuEg2odqPR7+a"
    "Sl4RGySUvDUDVygjhTKyJIJwUwQGCIVZKTfd4hRm+9QFPSKs3BNNlSNzp3vuNpP0QCyBr7"
    "RYN0yhBTIRnP9g8NS/4I0OIXlrsvTkXN2ycrm0M5tzxhbcqdgykQHgxES6c2euKlidziJc"
    "N/fxAKHzKZfO5w2hVwUuY7Q+MTyKh6ZAifWk2WqeFiO2ttIV8Eio3xGUWe3VI9GNXI84SZ"
    "MdKYO0xfGE52cVSH/mwIOiMvanAhZF5uvfI6wXFxWA9S9LReZ2EzZAWqADcKs6yG4xX32E"
    "xaF69qECoLLaBdKMsk/Rp9kVIRqCOEYLG6QNYPtCifcFrstMFKsDvxoOb316v6t+MF3b09"
    "1V7+HohJ9xtJFq89ph4KdwIRmIPlrJkv0qQFXkFrHnyZybBsmOfrIWUlb+LERYIJN22rws"
    "hkU7S8OincWzaGchFk34jsdDX02zQhrf8VLpaSsvaoa0tFk0Mqk0ukOMRoT+KEKfe9DhyF"
    "ebm5+265NGDAPqyxHS540IfZfvfjNJ4zV1Wkqm2zSVzkufcwUU7xDMLcMEloHeg2cN4qlF"
    "3/kZjBvjBnhTzRl4pjLIFJngl1+AbWp/bgMI2BsDjL4inSIKsaGxORGt/9rnwyIrDPumvu"
    "Me4JRKdZ+5W9VhoTLb1U2KD0oWhmxNUcOiSiepXDxOElw8TsIuHv6Jn9Gbpr6VhfeCtb1r"
    "ZcF5TSEwTofxauvOgLKXpnaOYWnqicRXEwnVEhEuYZv4yArKahE+YMJjSXgsVQVb4bF06P"
    "BJ4V6TDt5yu9fc25WtR47wbGMQUjtEtGomKR+cCtqSGSBIoYLQWe4ylqpspRiQiaUprCY6"
    "oJ29UUl/icw2eEULs0mvKM5VpDDnGdU0WMCUCd5YirN1H6oBGF5Raoj9PzBNCrV1gA9G31"
    "jhSF5zlTFO2bKnXanT70UH8bHVOj29bB2fXnw4P7u8PP9wvDpIwreSTpSr/id2qPgYr82a"
    "ilc1ysYcL3G47eso1eUeflX+MmEHEir2USjM1jhI24jREaRbDUHJznb/9D5tpZjep63Y6c"
    "1uBcuFQQXpWyEeQVqLSb9/DQbZDvAo2vrN8ZwBn1E+SYvKmhAfQOshESG0yXv8FiG03Fs8"
    "m4Z0RSH2l03TvYrB/baIlnF+N+57g+v+4FMbOPRj/Pvw4Qu/wvQI/Io36+5Np8/D+ydQLU"
    "1svyNcRYxXsoeol07UyPYAGhRZQ7gmWwkiyIWpoNymAg3SQdjKIuSjFLW6yzzKGjRMCel6"
    "VKK8JMuql6p2ttX8hUFhXv0uVpOrNd5inAOkYtcs9Tgbr1nrgHpJhPE8IpeKyE4j3BFKja"
    "1wRxAJVEqOa6YEKvxEygHTujt3eE/uUvl1PLBKbtc6nJiNCH8Oz91mkh8HrwcnKauGqfw3"
    "WAm5N101TV5kTneTmRhgohM74MPJfPKiq2jyE3ehYPZb5jNBeyUsrIOYCBAMeDU7xtKymo"
    "fRzht7fZpIqFKu6BBhViqZWYktHbr9ZRoRL40YktyHhO9z4fGI951ZEdTCzle080x1gk+q"
    "alw1Cc7mk+S0L1D17P5aCLzC267SGwbj74OO0am36gjaGlhYih4CYXHZaiiqpokXAW2izm"
    "LlcBWaeaGZL6myU9RZLFWdRRGEWZcgTE9cZRfKM9SIUNmH2jSTFPceGUGSV803qu+HGIGJ"
    "ilVjxmrJrftg1ee4FaAJXtGS1atbApZ0ic4lVq/OZAGQxgzS3ReoJjgyEAL8qe/5T5Yz5l"
    "1Ye7/vh23OAMVy2eyU7klEW7J7hURbZktWVN8sRRdnKbQ/F2ex2h92y89xikDWParWnKxZ"
    "22iJI0hF3Jkf77Cu+PChrOWe4TnjzVmPLCivCGqI7V6Sm+nIcCwLaZXEa4paYCyUw5UYiq"
    "oph4WeTejZSqqs2CLp9CFUFU8GnG5SVdhtmmlVFdaq+UZVxYi8ImwAMgEErxI3QQY78wK0"
    "EzFhc6YtAe+UJ26S6R4CFkgHK4TDWokc+02T98m3NjwHiMj6VFI9hBCW9ycsC2li39LEQi"
    "csyN7km1wGtidEJ/ieKJs4BYme0+wky4xwJK1AOaGyuhDQhIAmBDQhoOW+fCotoHXhfAHp"
    "iDUiBLPVvWaSQCZ7W22Sw+Kx3Wx+ZW8n7WyD/V4En70FVfF/MzDdbnvBc6fjuVfTPCPGot"
    "ROZtlGseRMtXY8JDVwow+WWU9XZz2p0HoI4znUX7OVM1pT1M94nSYVVHwmqFAiqIUGzQmx"
    "q/WF4d2cR9JLX2KwqXTwZTT8Qh+nvlJRd4z7AyorfHro3LWByr5tqsP5GP8xfBo9XfXaYE"
    "ks03pBQU3tYVRUCoKajeqWg+TroMh8n1BVMm48jftO/7oNGOUYd25u+rd9Khi2AZxMVE2l"
    "LzjGn/o3I5bec6pOzLKk9ySTCdKl6Ji2+H3KT1W70+A81WlwnnAanEcUEjShbhpSVAwbU8"
    "TEuDV5iZJ0MKXZsPJQvzCVSgA9hJWs2HlIvmfkhAYwftVXs5i4Mx1FON+hlOpC2yq0rZXW"
    "torQqIOFRoVUMBF2zyuH8ubLA4rNXRBQU9+vtTM1mdoBazF7f3qUst53hczbV33m6r+LsJ"
    "S40yzBYOKZiZvtJpJHq5gmY57THCwsHgmnYgCB2xc4GjfG1uUpfKE/zy6P6U/5BY2t89Mz"
    "BB6/PJ20TsH/aX18/3HcePcT906jF5u0S1W2XdM0Fb8CqCNA+BOhFpVF7wBvIDLrCSNQab"
    "afAhTnxquVBV6nee3UUPlHL/KNJkINgGR1DrU4s48ayfEpNtF7h7iy52ikGqXX7d91bo9O"
    "zpq2SYJK9qrN47m4n4VmrWzpOsJyJtOll6bEVogtJ/Bpivl7Gl/8IwgwOxyzgOu2r93GsB"
    "f9tNATxqNfYz2hy4dn0xL6qYQiSygJhZLw8DDvUUnocXPcEWCvX2VN8Q1sj6XyePXpvqK0"
    "OEHlWIIOJ9Q0hQLHydz1gwGYc0fbrz9pAids0NuKDyJvDd5mCINnt/UzK0vAvi9KTbO352"
    "QPVHQnPG32pzfL2/qGUN8Uqb4Rbkmld0syIAvw2mmQAl2UWLpu3Dz06JBMdERH46F38zS4"
    "7lzd0is6mlhY4e9SilGRyXyuGgYLu1sgXUY4SlRM0iVFd/AdKpbOM+iVJir9BmmCsirufH"
    "TfIcZCeVcm5Z2zHRszdbHYSssU2YGo7lrmqFRnyHQkI/XrLoMe6EGMeplHnX6aSU92SaFS"
    "UjaP3TDld+2466DBxmc7vXxUB2LtlHrtCCPMd2iEsRbKlqPupxSjXpZRj1jsYZfGg5neSr"
    "aBi2o71cBVWDSFRbOkFjdRbadU1XYOYi0u2amWh7E4Y0AJXM4R3jWg5N7upT6AB1MSKKxi"
    "/Y4gXTvd1AilfXodXKtTZEQGjTh3mkl+Bsq6zUYHAxZ/cfEiT8bW+dnFh7F1ho6P+U/Ioz"
    "A+fBxbl8cv9OdF6wN0G1204Dm7rZzQn61TSvBhonxkZC3a5nICz8a0bxkqiO5V4D/AG9Q0"
    "wAQq5lXw/E+C0fNP4Jm+t8oqL3F3AeZcsEBYYUWYMPpmAt3CYTeF0r9tdmeHmS2K0kGi3Q"
    "vPhmI9G5xBz2TEWpPUMDwl5woubwi9KjDCSPg4p4ssXgJakxUn/Bzvdw6fti4vVtOX/ZE0"
    "cx/vOre3YYGSYiKRicRzxGfFNEhbHLAn5Qd2rmLLRAyfLWZriLg4aM/PKjBr2QmaZYd129"
    "dwe80/Qs3hG8LMOSEagjga4TVRAOMXSrUvkF2+oViL1tVweOvTb1/1g2Wanu6ueg9HJwHX"
    "l/A8pjxelpzrbvPanGC56UWd2oNZk6gFyESUmohS+x5NZami1KhUmdGcs6YQ9oaEuhAiP9"
    "gewHV1K9mgDVAJYIUFUlggDw7zHi2QsygmJruFzOmmprh6DnKRyy5fZFPmsos62XKA99rT"
    "VT0BDhzomS27+7TIuVbeCJOcxwAcb5NbeBrlWvYm2bxEJ5VpGXYkbbgaKNGFwalYg1N8hc"
    "/NAZrFV/tsED7LsmHduOn/vXct3fAQTTekboy7w7u7/uNjfzhog3VY4xgPR597D22wftLB"
    "ozbhnFiZIzXXRDtHDpaU86h26GDZQN1v7KC962+5z6ypy4x04743uO4PPrVdR4wx9obur7"
    "cbadXQF03t0NDeR7csmt9ApqkhxQ0oZ5fscPLtQvxb6dI8JmR5DBWHyRweJsLCbM5L3Ub9"
    "7SETIWDliQoJ67rnlBUmmcqmrylqZ0M6TVM17DS+bNhpqG4YJma23L1O+9pBK8xzwjyXYs"
    "8S8Yvf46hHnFTJJRkyWhEjSIW9S1hpRZhoDXAVRlphpC2pRUaEiZYqTDSYP3ZXhOtZ1ykE"
    "cwTzlMJ0K2zje7CNpwnLFSGnMaDvt2CZvRndshogUWmuPbebSYZuu+665O5tbk2RbKmuR+"
    "rriLyCxxlZAFVB2FTNZZtHXc6h/orMhUbPJPDsPoQsEFvYz8AkYI4Mg34hazxv8hph9Leg"
    "Bn+vDxtjOnJfkW7wCQoIiyolGAH0TTVMAxwtkA4M+rB3cRGjvqTXrKVtpfdZ+Z23cHJke5"
    "7HLwqjfpFGfXcsQsgmFIRfk5TZyLalqvSklSaOlLaKt8q3QrGkwUmeAe0I0tqpp/MPLRO6"
    "6Xjoq6mlTF0IXWh58g96o+d4NlA9FEIduVG1IxQP+1M8cB50d2AZh90lGCO53goHz8ItUy"
    "mjlUAclVbIIywnJBbyttoo0A2pzMOtlYC8aOqUc18skQ6VdqC5SqMzJ8wvGqgmu0Aom0bv"
    "gyNERSky4Q3Y3wpcNoGJ4PxHjchQexfODLTvh23rec3ek79DqJqR65otZDXhgJ2jW+Qj5f"
    "5ue1Ln/v5h+Fvntg2ckgB0VevkK9SYa+Rg1BuMpIfeXX9wzZyv3cTnOpqzt9HXba6feuvb"
    "dCIzJ8s/7lZ3nKgGdie4Ig/jJFk9z1euCsgoIjaG971BGzDKMb6mckAbKAQzJ/vOoNu75f"
    "6sMvtCTdvOe/UkjRvZSbwb2UnIjeyA3qsl5dJSuq86p0ckcPES+JqqhtJ3RaTtVN6rQskS"
    "vyXVWMkiXMGEt1I1cRW5OvYErMtLZ8LVTyRgFd51wrvu4DAL77oyoCu868rsXefJh7Ejzr"
    "WrvxBE2H/Gb57IIudMTXLODC2T7mHy7L8sYsJGhNXG36CZZLohTlPpr1XbjQac0QwBlopd"
    "W4IR1KfIBH38VTVZjYT+HeAduc5zUwqibWJhxq+f+G+MFFCZGZkGeGR12Zfg+Lh9fBw23u"
    "zzQZsNN8IAU6QBxh5nSVPnasTun1gSwEsm+PEIWUfElcZDXU1lYoQOORRXWioJt/J7V0i+"
    "zXL2p5KFhxiNCP1RhCR80OHIVw7Oj68K+CFFMFZhT6WNAQ/c6Uf206SIefAGH9BFPiO6ai"
    "AFTIhOWRvVACtswJGBKKMKNcDiB1aX370HlB5hA0Cd8kQIRlh89/SYMT6y4fibgaiwbRrv"
    "F8smWFg63d8QeLZxaf+sKr+2oSwjw/iXjiZ025s9v+OhEpg9CGhkOmVeOzwm4i22ilbQu8"
    "ZxsQoGRgherkheLtanNaGIQ6xTa6ncaErjhM/x4n9kBdklql2kQytVIp5WQiKeVjgRj46m"
    "kWq/eJDXFLVDOOcqcLK6cJJ7pg7YWVHUcJNonadJWUpbxc/f81DSUoP5eq2CEzNtFiHK2s"
    "3nvcSj2TwNZVJeUcS+MULfYpiLIF0N0E4Spnt/H/nkaBfTo7vO39/5ZOnb4eCT29wzBt3b"
    "4VU09OjbQqX85BbqjsgOaqj1qK6WI+wz5QgP2RdciFCsuMwrzsVw+yUX3YNYc6Vec4ZMFl"
    "F5OP7zcTiI4SZWFMGhVWUT/AtoqrE3TX3j54mFufYFvFiqZqrYeM+e9+sBViFDKHkVBhdc"
    "YPhYB8FVWMHohnWp0SzxDZ3uqP9brw1s6jEe9HrXj1LnafSZDgVCCt0+LHM2xtf9x+5wMO"
    "h1RyzkQVENRwG3ZdRD7qUENGiYEtL1KJedeI7cT1WD02rfSpI1YFscTCFike67zEcSHy5j"
    "ieVth9pDK0a6zCMtQmPiN9RqWrNFbuzvcdTT+DAUX7C4ZBt37uFPLiOcPRd2mFIALOJKRF"
    "zJwWHeY1yJZ83nAHLts92Gt8g0CYULrV9cVWhjyhdnSyHszT67YxrhQOLbeqAeMB1jZUeQ"
    "bPeyR2Tnx6kJRvsM7bABu9fRBLG6lqgR4YQYatNM4Ya48Dff6IF47/Xya4O3GQF8PvDACj"
    "doxM1zbLCcx44robPEjHA0Rz5diriNkvn6IZYZamvbw4q6QHU2lXCRNslqe7j747F3e9MG"
    "NvUYXw1HbfBCzG0sCjk7UgndSDzu9dWNlErSrPweJ+I7SiqP5s1ccW40lq1yedXNcR1uw1"
    "T5Tt2CEAZLM2rOdGJNZwDyWNUfDOCrC9G574Ox1To+OQMQr/kik1jyrMniIehVO2kjUoCO"
    "FtoyxGnt/YljrOhwYrYBNMGc7mq8joX7RBYgwmkZKW8HjhiLxx4zgwbAhJXTmC+IySq3g1"
    "e0bAKD2PEmOnljKVhlDdLjRhnjFzShcjDnEGWoaZ74EKcJMN9UFoYiWMMSsobWy/8gOYIn"
    "SXA6XpPkwxAeFmAf03eWJjzhLD464Swyq2lMAEg6t5+iA0HYpskAy8h6P/YG1/3BpzZw6M"
    "eYXhnxP02W6PTpasQynVovZWDGRT2Sgr18nHMnI9Z+KgHzRphN9C1iK493r3bb1wDaor2q"
    "Gbsr0edjQ4vJOhUPexStGILMQ0BPR307lYqfsoYqleqqUCIc2VkCrS3GeE0mfAVLPb6iut"
    "JeXTBEBaBMGq+4CkCHzih3rRqyRgxLRw+WFml0DLRoJpYDWrWVdLfxJi1ZPNSRST/sCqx8"
    "QlE2Z0L0uT16ULOnlsj/cUjFz3p0Uktj6/GsYWB/mrD++KD+oCDmnfHbKH689GVGmzIAX0"
    "bDL3RpcI37GPcHlB349NC5awOVfdxUh/Mx/mP4NHq66rXBklim9bJVwaH8I7zWW9GWo+Tr"
    "oNTDdN/pX7OST6oyxp2bm/5tn3J+bQAnE1VT6euN8af+DQ/Em6qT0oTgyazMG4rY/a8I0R"
    "DEcRq6FVVgTF4oWXkGJQ9m/2o4vPXx+Vf9oOD8dHfVo7hz2Gkj1eZmwk7RTmoxM8KJNP5M"
    "8BHVQIXhn9GnqbIVnSZkKzoNZyvSIJ5alMXLArOXpnYo56zbN6w55VQiZnFC4PuapByR7+"
    "yx9Yl8Z2kFMg2HSyAGI/fBYAm5IwYjXle9IqjBvlO0glqG/BUlygZnSsQRpCvHOqhVOg4d"
    "yWQ+Z56tCoM5y+hEkJZjgGq1UVFkJR39ZanZBYAgaYFSgKshqqwU4G49dHjUaLNmgmtEBG"
    "2R6WrwspIM60KDMoouqBO/CfmIyrH91Op8WOErZeaYIkgF75SZd6IzyppMVFllQGZloCKJ"
    "xSrJfZVgIs2gMWMHrqwRK+tBHUVe4GG9ulLZ0xp+JVHGsfiFsSIox2KoFcfq2mwk40015V"
    "kWzimCtAZHRgGp32286KubUNUy6ZiChGJB5L4gKIekQ4li5DgfpB2bIF05hqZWB7dBLF3O"
    "mB12TSIGJPcBkWdIfkWKFCVxMz/HGInbR5Xk5rivgTmM2ZP5LQaN+czRhUVmZFRaBOnKbM"
    "bf1oyZxrnlNN675ZS7t+wUfJufGxxzbXtE5m/OiEW4wQVaNJPc4Jjvm2Qg0zsDNkeL/j5T"
    "5RlwSACZAAhYRwaYqJodCMlm1Qs0EJgR+lHgiMVesrhJFnf5SidFE6D30/dg7PHDGzfehf"
    "Nx7PVJIhazXC55bLiybF1u+9pFYeazYXlPhy0OBnEmZIOY8yKGFePymMC/ODQ1BDn/AD9m"
    "e6QnqEysKHNB7A4cJBOZKyOUaRqBylbRZD5CEUxWumCjknCu/fmC6ObTgk2XKL7Vdz+Ra1"
    "V5S8laN801dCPABAbKt3oStP8jE394pU6/FxbxY6t1enrZOj69+HB+dnl5/uF4tTmFbyXt"
    "Ulf9T2yj8i2XsjOSqfQ5br7AYnTP+bumM/krc21XH1EN+Z3W+XkaFf/5eUJ1zPNQlAad5V"
    "GbCYb6Ml6lE2VKXJq2+rJiGCdtD452cXXyUiCv+oPOwx/RpverCG3k1R+jXieoHlb/GTGx"
    "4+NxneaCrYxgKytY+GuxXQqgezcF0MJNAdS/ux8+jPg1m2fhV68pb8dyAWE0xjed/i0LO5"
    "pAlZel73YG3d4tvyQzQDStLMFIIq6gbCYTUWOorhKbn9PCqjHbapwDpCINSJnHWZQRypnx"
    "sNUDW1QRChMKeEURIVFE6OAwp01hs0URIVHfJo/6NjHbbw7I1r0sU/jMKVXypUeTXr/ROO"
    "sSUtyvbzaTtPYsGwqSJm67jV4mn8kboC+0BJwQ0NmHWc2VN5YsfKKTOXhmPyV+9xkc/fAD"
    "mLA84G4plh+Yk4humDb5O1ar5ZmyX3bzJs/SPbNfxedxUshTx5g/gkyYC8scvFKekP2m6o"
    "xsCWwpvg2gpv3IGHNgC9IqfQ9WKoI1NRCYoDfm6WLwRDPsMu2OWzjplwCWf3w5xvbrgyO2"
    "IzLkjb+tR8F4v1iCN101kWG/hoq5Rw1PzAltydl+QweFWK+ZgIVkDRAff+frd8t3JYwnRR"
    "lP/KOXWrXvo6qjbj+NL0Mr3pehFU5WTLLD7KURIKcA2dm/s20oHqLixJPjGuwqPq3/MiPq"
    "KxKB+XaYC4lcSOQlFW+2KKNUmGzT1ShrPVFlaMY41PsbJMo4WLMkOdR8o6jTAePG2DqbXB"
    "yPrYuL1oT+PJ6csnpHrQv352RyMhk3AB12g5G1OWPu1jOClIWns0pp8qt0HKi4YlDundXT"
    "pBdZHUtovLJfmQTC2lAe/w3pYY/7w73KGD8vdLIgBtSeWYElLosgOAcc5x9s2YfJNkcQdA"
    "kViCg5fRgzjb2j3SIMVBPYPSCFVXtqAjo8iE7SlN7+f67UQMLHqySHW7yYUv5SHweye+0l"
    "kdeMqJHhkkmu7SuSWkBeQDC3u/uFYU7Ig+OhET4WyRN/m5wGKosvzTLv1xS1y2CQf3E44c"
    "Ky1RYvXBuqNpp5G9/n3ByWDVMfjUBVKFCEAuXwMNfFpaGquMb5NERCOl85IRTlzVBVWH1n"
    "TZmUfbcI6hgpvW9wvuAIh7R9gRbNTeo+zW4vIQ9BCoXfYqZDg2mzeE3x1fL+wQALRGg/gP"
    "JfRGPVzF+WAAImVjh6NkcbNudaNPBVRW/MTK+arD76yceWo3KL0uwV8szN/gFcFSO8ASqs"
    "ZkswUNdJzVaAzsdeOFkQXlPUEGOhYhAqhq1UDEJ0E6JbSXnhMtu+hwuEu7SXKEZ4dS+RBS"
    "a0lSS7zTYyvkOMAFv7lItkRG3KQxrgxTJNiiJzQCW6gnRw9Pznnzz/aRM4jqiqQlf7V6hZ"
    "PJ2JbYj+x/M7255M+VDKzzI/3CPGrS6QbtiWdx//W9yjx5jeMtYmcXp3Qfc6gz7XYrZp1a"
    "SdA8ViDPeczV7mNkze6Oz/CQxYArtfAMRL+gt9CPPn1VbmbRli8OJazFm88JHT3m42g1jR"
    "EP00f+/vuKmd98Fac859/elv0Fh1CNz+2LCmzZIn7OYVYuidUc9iY/SQlMPEWK/Mt4JB/R"
    "4YVPRtodLuthhmP6UI4i7zKLMMs9utZS+hGONSj7GwZtfCml2yJSKM2eXGVmhEhDG75LiW"
    "3Jhdsg238rbsjkk/kArnMWEr3tvNJBUeDDRMY73WyZwAmfbFlFuail+BSScf04V5Q+GPxo"
    "3/C+dLMLYuLz6cja2L1scP7OfFKb3y4fjEDjEBnbs/Ts7HjXdtWwfH9GS6vmSGatUEUEd2"
    "bLwRadI+2ItstnO7aWW57lB6RcvdjN7fi4LsAPUlNuehLD5FcHagG93hda/NF8MY3/YHX9"
    "p8QQRXTRo7bM4lfvkKyGLkXhGUGe8tbdznqfwIzhP8CM7DfgTrPSYryi6RQDod0kJfG48+"
    "i9AcYm3pHBwV0fo4Z1yy0scZu6y5BEN0QlURVlU4fNoWyBIRz5CAq1ABCRVQSYXqLVRA9n"
    "rPQwu07qmm6Pr3xpTYilSNGcAtbabG3jc7e9UD5O8T0gr57jeT1ELIaSnpbtONiqET8Mxq"
    "cT6DX8Azo3oGz39ZxGSZD1XMvKRk5CRRpKKHSlGhvz/bnlMs08cPBlDg8p3jzMSuYvTNZD"
    "5LYdXPfh+1WbnDHs7+5Q91tDzOY4Sa56BqHndk0krBbvsaCsCnKcTf0/gal0HRdzXX00K7"
    "IhDYbsLW3WQDCgUkq3OoRaPrkgQ1CTbNe4e2gkAnIHvd6/bvOrdHJx+atv7R+EtT7ZPXGx"
    "4SUo65W3MY4dji8n6q77q4vNB5xW8K9dV5CfWBUB+UVAYrdUwNMx03ogJq+I1mYo78GVlI"
    "ZNUuVTiNptoxHdAJYbFDtl/RkhnBj1ZINZ0AFxbO8vjl6V0TGARAoKMf7dJ0wFqwbdgAak"
    "Ts+B6fs1nU4v05A228WiHxKqo5PXIoQrRhVPVeW/eT2M6OpFkb7UUkS+kiWbzTIq1A4qWp"
    "oUxykSZ/+kV8/vSLUP50tt4y4Os0r13qu/yBXehEseRoR/KE7II+KgFzapizlqoO0tUO6r"
    "1ks7BPzSw4rylqh/BJKoRPEhA+iUM4q6OPn0ognQZp7lkqMWe6jPuGh6p2SOe/QbseimkB"
    "dtvXDtq9OKv9ZUFsqmbEZhErpHhJilPdnOxXVMnNpUZHEwuzOn1bIBtJW5tiN7lBDOesiF"
    "1GW8ia6Lu0hpw1W6mtIfY0lLaCOUR7GLT3NZXzhlq2dB1hOROv5qWpoYoiZ7OpYULTiilM"
    "sTmqY01dZqQbT4P7Tv+6DSy8gKoyxvZf9u/d4d39bW/Uu2aBHywBqcnSAnU7g27v9pZfZV"
    "+uaezqQ+/maXDNLrpHEbs2enoY2NdMi2UyDSp/U3HgF2kY8KAty8N/X4SWDpnPVcOgCEis"
    "ytCcj0K2zSqui533rHI6ruW3a61xg7JpRRUkSYv7ml6Avgl0ntfTBmjL7SzYx1abWjE4N3"
    "7rX/eGbfBVVRBh0Wq/9Vi02lc0xo+fh793O4/0b2NG3mRo0GvD0efeQxsQbiEqyf5kY51N"
    "f+unqp0Mm796wDXSZfc88VPW0POkIp4mLiaJriYeW2zkMCcPsU31XXtoGcTSo7xHEkx1K4"
    "oCtyFjhpBZkFI4/y1feMF9h15wtrvKNqPupxSjXpZRjziRnLc/fEhqyaQcEZFabmyFS+l3"
    "FpFasv0hh4DUQwdMPiCDQmI8ItO0vzTktxto0Uxy4NXttpLhabzRi3e0DkrUEfORZRmnXD"
    "sAy13FUlXB87H14cPFh7F1jljCqsuPsgLG1hl6gfS2fHLi3Gi8+wl0B384kY30PcLevAU8"
    "b3PWeBEUWWRQ5GqcpW1sUtHUBcqNdIIVIzXmbJ4SwkM87vUVHkrF5VZ+WwvxuFn4hFT88B"
    "CjEaE/iuCGDzocewyv2okHe+SlM7t0FUbxX567ibyXwdvRr3MabuS7fmeZQlm9G5uSBzcB"
    "x/MbsG4M4OaLcLiiD6eXlO05k1nC0NbJMf152ZJZmNNJ6xT8Ak4pz3R+cnZKmaImr7nD6u"
    "wYM3Wx4DlEJ9Hs2OFeY3PslfFqicylB+feyh6FU+0Ap6ze9B4SAXEKiN0NOZMLiSGcOdO4"
    "jbi7ekZ8vWTCMycZYuHEKaRkISU36y0lH3qYhS2o4vJvcVU/kK7Ks0ZUwQ/7TjOx1se6zS"
    "bxOB5Vodwvl3j4FemGGuU6l5D6f01SQ/6kdX6eJrj9/Dw+uJ3dC8Sl0UWVAWGneQ3R3Uu4"
    "teMZHUY4vi6xh6T4usSHEWByq0C8k1J918Ps3/8feyjdMQ=="
)
