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
    "state" VARCHAR(8) NOT NULL,
    "conversation_id" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE SET NULL,
    "delivery_id" INT NOT NULL UNIQUE REFERENCES "delivery" ("id") ON DELETE CASCADE
);
COMMENT ON COLUMN "tiktok_send"."state" IS 'SENDING: sending\nSENT: sent\nDOUBT: doubt';
COMMENT ON TABLE "tiktok_send" IS 'One outreach touch sent through a shop''s conversation API: at most one message per touch (the';"""

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
    "state" VARCHAR(8) NOT NULL /* SENDING: sending\nSENT: sent\nDOUBT: doubt */,
    "conversation_id" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "started_at" TIMESTAMP NOT NULL,
    "sent_at" TIMESTAMP,
    "shop_id" INT REFERENCES "tiktok_shop_connection" ("id") ON DELETE SET NULL,
    "delivery_id" INT NOT NULL UNIQUE REFERENCES "delivery" ("id") ON DELETE CASCADE
) /* One outreach touch sent through a shop's conversation API: at most one message per touch (the */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXQtz2siW/itd1FbFqWVybfxIwsydKoxxwsYGr43nscOU3JYaUFl0M3rE4e6d/e3b3Z"
    "JAbyQQQlK66t5MIvVpie+0us/7/G9jThSkGe+6M2g22uB/GxjOEf2L73oTNOBisb7KLpjw"
    "WeMDZXfEs2HqUGazTKBmIHpJQYasqwtTJZhexZamsYtEpgNVPF1fsrD6l4Ukk0yROUM6vf"
    "HHH41Xor8YCygjNvlCg+aE6HOJPU1Slcaff9KrKlbQN2Sw8eyfixdpoiJN8f0OOpbe4tcl"
    "c7ng1/rYvOYD2es8SzLRrDleD14szRnBq9Eq5r9vijDSoYnY9KZusd/HXt+Bwf3J9k9ZD7"
    "Ff0UOjoAm0NNODx7O0vtaQpMFwJD30RpLUyICgTDBDn76qwX/9lL3CD62Ts/dnH04vzj7Q"
    "Ifw1V1fe/20/eg2MTcjhGYwaf/P70IT2CI7xGtQQO0IQ03WjR2McRRtAnP6UIOIuvkmQux"
    "fWmK8XYhGgz+E3SUN4as7oP09aHxIg/qVz3/3cuT+io96yRxL65dif08C51bLvMT6scdeI"
    "DDWUBe01RXEYN/41k7qDRiEwpwE5HuIQwKY6R/8iOBPEXpoCQe4YKvzHwwzi6QyqxYB9cZ"
    "YC7YuzWLjZLT/er+h5RsiL9IKWWSAPkBWIejFAt84vUiBNR8VCze9FY410nejboL0irB3e"
    "+S9sWUcMCsmWjfxIX9E7bNOIRttPGYBacUjfuX+p4jlJf6AyxNrSEYoSoB/1b3sPo87tHX"
    "vc3DD+0jh+nVGP3Wnxq8vA1aPgR7GaBPzaH30G7J/gf4aDHoeXGOZU509cjxv9T4O9E7RM"
    "ImHyKkHFI7+5V13U/J+YK7NGykSxYmeQbLMAWgU25yCDMql+8hIpgvrUAz/O10RH6hR/QU"
    "sOd5++FsRy1PnsKDm/eueqGMx/u4vJvbpeqjp8XSlEoTVGUaC/HZn23t956Haueg0O+DOU"
    "X16hrkgxyFMy9SvSVWSEob90aK+/3CMq57PfEov6lT3Pskag+zYDYpl0p5Nnu6E09MxSZ5"
    "QkqhfiHVeUi9UdnaqueC0QVugkEh2BDRuQHVG7s2ccrSesK3aKOkWGueu2xSepK0Sm+mJS"
    "Ud+YkcWOOD3QKboEYySnXFLOqVUpuNT5guimZC00ApUdAevzuR75VDWFS9agrk5UOY9tq+"
    "udq66fI6HbvSRTRHY9Gek8XTq2TjgxWZW0iEdG9Umv4Vvz1jx4BWI45T+JPZs9ycHrFs2f"
    "uSMi5BBx7jSTXCLz9ZhNTpFGB5gIzueUH+/A08o2bhlIp4L6E1ANYM4QcG+8MYCqNAHRwR"
    "N7r/ZPimrQe0vA/vXzE6BjAMGI/l+zrynvGgGUi3liBpeO82Th0imHS8dlRwjiFC4dD61w"
    "6aRz6Tifk8T/nQHzIF0d8T4+ToP38XE83uyeH2/236zuBi/NvnAudC/ZP8w6ifNT9rA1D9"
    "nlfHC7tAW6GaicRee0vRsZEG90rm77gzaAylzFY3zbGXQ+9e7bwJYr9DEe3vXuO6MhveR7"
    "QlYOpfEGncQ7g05CviDhnoiHXrgnhHtCuCcq654gr5huT3ybIvquNgZ7lppaYzAxd/XhDO"
    "gUNUWHfpVTxILU8HRXlB7YVF0+U03BgpaimpJGprsB1WHT3Niz1BCltedUcsSowjyoFYeL"
    "b+oCrDR+1FxWVgavc6XBKt7pXEW4phoxDKgvJRPp8x3h+uTMNaJT1RSukrjoqwidjhbaUl"
    "J0ONnVTX/PZrpiE9UUKhnOF5DqkTnJEl1nupqi5YR+5CR3pQ0BqSJSC7icI5wXVHf2bDXF"
    "SkTLiGgZES1TGsAOEC1TlXW1z2CZtX06Il7GZ7yOD5nx2cs3R80MMQLXSDVmFjARhths8i"
    "CUX1GXzIFM9AWPWGFxLDwBEjBAiIbCwTC7TBQZ4+LGQrAB6BtVmDDUuO9YhLeUIbxlW5+0"
    "l77MoRaN617/4fMjnYwv6jH+tdcd3rbBK5LJfIy7w8HD8KbXdtdxObzRvu8kkkHRiz9IV2"
    "bGlCnmKGusUfExRkXl2aYKfWklhL60wqEvzzrEmcLnVgS1w3cvoUUidiUe/XrFroTiK9L4"
    "/1lZkV2VJaekTcW4n0pHsmPTdwRoHQRfR4iKjh2pJEjFBY9UEp6DRY9UEq3iw0cqCZPIvB"
    "eZ9/mjJDLvs0VBFBr/UEmkShIAUUnsDhQBUUmsPOtLkunuE2HUygKYZ3V13dnqDptlwGl+"
    "sD26s9URtlXAzY56YfpAm0rDJC10oljyzrYYZ7o7e7baokbY+xM9F1+/d666AiZq+aSO5N"
    "pR9EodwVVJkBQEFU3Fu6vU9jR1hemAkW6VxOuAoW6VxMu2l0408pqHtfSazlNXpERUYEbA"
    "NAR1lhKMvlFRUtt1o7+xZ+vZk9UVM1F3LKdQSs8Oh7AiLYimygkWxCFGI0L/SLHP0enuVr"
    "PVJEo10jz9l0VMmAdkrpH6v90Ja4iaI6ctdDRBOsJR9SeyAzdSX0bk5c43Z02wyxjq7Dr1"
    "ozolrf39Cc2SPIOK6JfE/j6DWNFQZAxygIoLYQ06JnCdZV/rEde9M4du2pOtqJs8VvlPEf"
    "Usop7z3wcao/6X0fALZR7f/sa4P3gYdT7dd27bQGU/bqrD+Rj/PnwcPV722mBJDxfruSTR"
    "z/ZXFM2i6OW/pigzU9J/BfuPGfXsVJlxrnN0+V7ic4mFzSg3eTzQHpKtUC6ZtBEIMk8TYh"
    "4fYB6qrIimjrCWFt01Rf3AzX87ttHKXI81QFZDpPexVxyk316pYc6/FZkG8dSK9PIntI30"
    "0NQP45ybRqI5VLUs6K4I6gdt6zzN+qWjEjoXhlbwYpZxi1gR1A/g0zTixGm8PHEaEigmRN"
    "PIa3ROiDqN1cF9ZFuVhC0bzrYy/rHVOj193zo+vfhwfvb+/fmH45VWHr6VpJ5f9j8xDd3H"
    "B1dlDzi+ttXPV8QFZg4udGIskB2Jk0VFv7sfPtz1uqM2cGfg6cijTnfUu+IJySaU6buO8X"
    "3v7qbPrrFYSJVdGfQ+DUf9zqg/+ES5h6bEVKFJeTnGVMnvsaFUw0ds5EPn9u6mJz187t/d"
    "sesGd9NIxkxdLDz373vdXv8XzwAdyUj9ykawd+oNRtLd8GH1YgibEstnY/fvOn16dQFV+v"
    "erXvemP2CjFCQz9z+99umzQzidORSXN8PuF3blWSPyi11RJ/O+mmpbTdhVQ5sqXToRX/x/"
    "PQwHMWKXMz6YNqnKJvg30NT9xdE0fppYmEcLgGdL1SjjjXfseT9nXIJZrcVRUDN82MyrjE"
    "kX4qPbzm9B9Ls3w0sOmScVkk1wKTJaU2/K9cpo9XLdWihbct1PKbheFq67GHnYHpXDhbbj"
    "up8yB66XTP6qLpPD3zb3eWXrsuAlqZE4vaNvSzSv2Be2oeIKonnFfptXhPaHHNBNXYihZJ"
    "tDWmS9m6IPVfoCYPB4c5OuJ4goViCKFeSG1gGy8Cvy9YokfJHuK3LkygOYSABLAZITMaup"
    "+CWfik83dKa6giWy5fJJC8gYdsyFz4iYY1cojQ84xu6IXKONQ2HEnrhmj0k6W7RvkrOxZg"
    "G/hfgY48OCX9S4AqWbXY4ubYEeR3cNZ/E20ns9ygRKOcZX953rURsormx04HARE32LsP2O"
    "6NUYx5szvhbxp0lG3t5vo2TX2srGezMcfHKHB/1twrX2Hdrb6c0ZyWhw99EIi3vY4u4c6t"
    "lQ9RMJa7vwZAhPxuFh3p8nwyP574hv/QomB9H1742bsbVPKOEm2gis7yjP7Cfap+bu9YdE"
    "KPABd0m8Hu910aTS5xudBSvD+QPB2hJwajBTDbr6lm3ezsggli4jMCE6mFgY0+cBiBXAZN"
    "kfVPwDpwi3S8pr0jQ2Bd/ebf9y26rAUo29BofArTg69hnpZC6tgmapPLmOvuV3VOcrcmcP"
    "PspLkfhY/4OiXoI/ahMh/ctSMhBd/3SpCWtKOa0pfpZtY1Pxz1DinAURxF22IG6y28rz0p"
    "fZviQWXskWXuBIy2JX81EKu1qp7Wp+sSgLm/2UIlq5zFz2iZlhbVMjMEaQDBIG2DxhlLVi"
    "7dXw8fKmB+7oCdB/6DupQCte8ptcbv9LU239877XuYnZOp+XGS2rQTphsxY2a2Gzria2wm"
    "YtbNaVQDerzXp9Sgm79WZwg0d6qWzXq3Z6EYZrb6u9eKu1r6/fnkPQ/GZfEYRWdrMpXNX/"
    "DxuuYgI25Jio0lKZqtKzYc91n0yo088lC8Britp1It9Lp3cFmZGVn+KLaKwpylFGgz1WlN"
    "EQsX5VslbRYyBzqJ+8o3pfMvlSaPflxlZo9wfU7vnHLpTPzUFTcoxef2i9804nMjIMpPS+"
    "Iv72Ie0zMKKZpIMu3LESWg3eGDw1xAgoSLEWCLygJThC76bvwNPcmLZ/MhGG2Py5/dOczs"
    "qCslTl56e3TTpuYQJoAg1BwwQfwIxYugGOrpFqzCygI5NljPPQqP97D2Zvw7FVBT0zsnmE"
    "t9B/VKMIoUOXUodO7u8QzYGq9HTYUtHLvyB4xqYB9e0WsBcdulpKW5FbTNV1tpAQfBhpYl"
    "VmJUKO8JZgiZcgFO+oVKIDW3AKIJb5TCysAOfUbgONyFADr1DT+BDwn4AVsgfQoP97QUoT"
    "PCn0aIbmE1AxeBx1myzI2rTsKGr6CgZ9RrTgsPcnpjHB26T8/fiksa2kmsAdKxpCFdoQql"
    "qZ31vEid73bvuDq949C/+cs7n1MR4+ju57ne7nNnBrEo3xVf8T3dTawG4jPsZ0zn7XzhhX"
    "5ZI0hlp/Ttuwa01dZHFwhBUGWUau3fUGVzw616Ef4wf3iuG5MuL/pNy67vRvWEjsBKoaj7"
    "rtDLq9G35JZmBo/OrDFzeM94XH75aDq87WmFHYWVMJ63TpJB1ftxV24ErswM2iNPipyrzD"
    "bquWfUzzHX2M/44+Br+jrG2DdmoZVG5w8/cdO5JfBgnMQ1GcG+Ck1GKYxyRtmmi+iCrE9j"
    "Cn33y838pDVxyqx/tF9bT1/mIFKPtHEpYPt52bm4gwXw0yhWcbq4GPUuQllPksZcLeFiz2"
    "kAn+lpm/GjRMCel6lLsuqTedl6p2kUrnqays5wlW1vOwldX1G+lokgXqAFntsD5ppantRk"
    "fFy6WtUH03w0SLrAe9SyMOeV9tZIMClDVK1E9VvyW7h4a3FLCvWwlTAVJx2pb5tC1/3cm9"
    "fUJJbNxH1Um7Do4UjXj81hUgqwHwBYg21XIgF2slqmYbtTTN8+QZNDOnT5siTnVD5vQ2ae"
    "lBOhFgXZ609JrD6vpzM3ba81MJYCOAFf0LRY5FubEVORaHrKAwixK3s5dPmKWqD1RVXD0i"
    "ZzmLUpRsy91XTQrRbTMdrim6bUZrDALbdGs2RamPdC0UM8OboY9iRQEOSPXRu0J8CLonQI"
    "+HhO7a4YxPUh+0A3UPiu4CVxWUMiUyhHoQsljXeEiHGI0I/WMzsCP1ZUReHpzZagRthrSP"
    "1YYXkfbh3Qzj0z68u2+6tA9HLnljrALNgYEoqnRnBkfMxQtOwD/BRNUNE5jEkmdNVjUfgw"
    "nRNPL6g7Uw3gILm6oGIK9ezGrsk4UBVDM66WPPz9uu6hIR6R2xi3vf6R0VzBhgRZ2+Zm7v"
    "1+mO+r/02sCmHuOH0dAJ9acLmJfqvhoO6H2FYBSdHhD8oA6V4lGFWJE9h9nmESvC+C7R7c"
    "fIFiwSIKudxzX/yHDhbo2Hvr7uVmuhbMl1P6Xgelm4HhEyFNLzhJNdONmrBq6o/S48lyXH"
    "VnguRe33SqC7Re134RXeg1dY+Njy9bGl8gLZRX/U3Z0c6+JB9UA9m5NjS7P9nQZxI8F0z+"
    "8305jvpYU7dHPLXNZckOpQSAHP0JRn4BWqrFEgr6BIcZio+rwJ7KYNgF3ixsQfwZNqornx"
    "BGaE/kTeCFcm84VFGc2LLhkRfXT3+aTNdnthlRdW+eQ6Ps7qzGqXv7sf3g0fmKHdnYG3xL"
    "zu39863TDZyo4r2VMOmzz/xMLcii/qvyIoR01/9rza1PQXmVQik6oEslBFjbwik0oYeWsG"
    "rjBGCmNkSRThpkijEAazUm66xRnM9mkLYgGsd0RT5cja3Z67zSQ7EAuqlRbrgSmsQCaC8z"
    "cGLz0LXikLyWuTlcfm5pZVyKVdWZsLtuBWxZaJDAAnJtKdO3NVwep0FhG6uY8HCJtPuWw+"
    "rwi9KHAZY/WJkVE8NAVqrCfNVvO0GLW1la6BREL/iKDOan89Et3I9YiTNDmQMkhbnEx4fl"
    "aB8lsOPJE5CamARZH14vcI68VFBWD9y1KRud2CDZAWGADcqg6yW6xXH2FxqJ59qACorHa+"
    "NKPiU/RpdkmIhiCOscIGaQPYPlPifYHrChPF2sAvh8Mbn93vsh8sF/Z4e9m7PzrhZxwdpN"
    "qydhj4KVxIBqKPViJgj13KAaoit4g9L+bcLEh29pO1kLLKZyHCAoW00+b7YkS0szQi2lm8"
    "iHYWEtFE7Hg89NV0K6SJHS+VnbbyqmbISpvFIpPKoutmFxdhzz0oO/K15uZn7fqkEcOA+n"
    "KE9Hkjwt7lu99MsnhNnZGS6Q5NZfPS59wAxScEc8swgWWgd+BJg3hq0Xd+AuPGuAFeVXMG"
    "nqgOMkUm+Oc/ge1qf2oDCNgbA4y+Ip0iCrGhsTURbf/a58MiO9z6lr4THuC06nSfuVvXW2"
    "Ey2zVMijMli0C2pqhhU5+TVCEeJwkhHifhEA//ws8YTVPfzrZ7wdretbLgvKYQGKfDeLV1"
    "Z0DZS1O7wLA0/Sziu1mEelmIkLBNcmQFdbWIGDARsSQilqqCrYhYOnT6pAivSQdvucNr7u"
    "zOyiNHebYxCJkdIkY1k4wPTgdnyQwQpDBB6Kx2GStVtjIMyMTSFNaTG9DJXqmmv0RmG7yg"
    "hdnkDertq0hhwTOqabCEKRO8shJn6zlUAzC8oswQ+39gmhJq6wQfjL6xxoW85ycTnLJVT7"
    "tUp9+LDeJjq3V6+r51fHrx4fzs/fvzD8ergyR8K+lEuex/YoeKT/DabKl4UaN8zPEahzu+"
    "jlpd7ulX5W9TdSClYh+NqmyLg7SNGh1BuhULSna2+5f3aSvF8j5txS5vdivYbQ8qSN8K8Q"
    "jSWiz6/VswyHaAR9HWb43nDPiMyklaVNWE+ARaD4lIoU3e47dIoeXR4tkspCsKsb9sWu5V"
    "TO63VbSM67tx1xtc9Qef2sChH+Nfh/df+BVmR+BXvFV3rzt9nt4/gWppcvsd5SqCX8kRol"
    "460aPZA2hQZQ3hmuwliCAXroJyuwo0SJmwlUfIRyl6RZeZyxo0TAnpelShvCTPqpeqdr7V"
    "/JVB4V79Lr4m12q8BZ8DpGLXLDWfjZesXVO9JMJ5HlFLRVSnEeEIpcZWhCOIAiolxzVTAR"
    "V+IuWAad2DO7wnd6niOu5ZJ7crHU7MRkQ8h+duMymOg/eDk5TVwFTxG6yF3KuumiZvMqe7"
    "xUwMMNGJnfDhVD551lU0+ZGHUDD/LYuZoLMSltZBTAQIBrybHRNpWYfI6OCNvT5NFFQpV3"
    "aIcCuVzK3EPh26/WXiiJdGsCR3lvB9LsyP+NiZFUEt/HxFB89UJ/mkqs5Vk+BsMUnO+AJN"
    "z+5fC4FXRNtVesNg8n0wMDr1Vh1BWwMPS9EsEB6XrVhRNUu8SGgTfRYrh6uwzAvLfEmNna"
    "LPYqn6LIokzLokYXryKrtQnqFGhMk+NKaZZLj36AiSvBq+0Xw/xAhMVKwaM9ZLbj0H6z7H"
    "vQBN8IKWrF/dErCiS3QtsX51JkuANGaQ7r5ANcGRgRDgT33H/2Q1Y96Grff7ftjmClCsls"
    "1O5Z5EtiW7V0i2ZbZiRfWtUnRxlsL6c3EWa/1ht/wSp0hk3aNpzamatY2VOIJU5J358Q7b"
    "ig+fylruFZ4z3lz0yILyiqCG2O6luJmODMezkNZIvKaoBcbCOFwJVlTNOCzsbMLOVlJjxR"
    "ZFpw9hqng04HSTqcIe00xrqrBWwzeaKkbkBWEDkAkgeFW4CTLYWRSgXYgJmzNtCfikvHCT"
    "TPcQsEA6WCEctkrkOG+auk++b8NzgIiqTyW1QwhleX/KstAm9q1NLHTCkuxNvsllEHtCdE"
    "LuifKJU5DoOc1OsswIR9IKlBM6qwsFTShoQkETClrun0+lFbQunC8g5VgjQjFb3WsmKWSy"
    "d9QmPSwe283uV/Z20s4+2O9F8dlbUhX/bwah2x0vZO50MvdqmWfEWLTayazbKJacqdeOh6"
    "QGYfTBNuvp+qwnNVoPYTyH+ku2dkZrivo5r9OUgoqvBBUqBLXQoDkhdre+MLyb60h66UsM"
    "NtUOvoyGX+jj1Beq6o5xf0B1hU/3nds2UNlvm+pwPsa/Dx9Hj5e9NlgSy7SeUdBSexgTlY"
    "KgZqO6JZN8ExRZ7xOqSsaNp3HX6V+1AaMc4871df+mTxXDNoCTiaqp9AXH+FP/esTKe07V"
    "iVmW8p5kMkG6FJ3TFr9P+alqdxqcpzoNzhNOg/OIRoIm1E1DisphY4aYmLAmL1GSDaY0G1"
    "Ye5hdmUgmgh7CSFTsPyfeMnLAAxn/11Wwm7ixHkc53KKO6sLYKa2ulra0iNepgqVEhE0yE"
    "3/PSobz+co9iaxcEzNR3a+tMTZZ2wFvM3p8epWz2XSHzzlWftfp3EZ4Sd5klOEw8K3Gz30"
    "TyWBXTVMxzhoOFxTPhVAwgcOcCR+PG2Hp/Cp/pn2fvj+mf8jMaW+enZwg8fHk8aZ2C/2h9"
    "fPdx3Hj7I49OoxebdEpVtkPTNBW/AKgjQPgToRZVRe8AbyAq6wknUGm2nwIM58aLlQVeZ3"
    "jtzFD5Zy/yjSbCDIBkdQ61OLePGinxKTbRO4e4sudopBml1+3fdm6OTs6atkuCavaqLeO5"
    "uJ+FVq1s6TrCcibXpZemxF6ILRfwaYr1exrf/CMIMDscs4Drjq/dxrAX+7SwE8ajX2M7oS"
    "uHZ7MS+qmEIUsYCYWR8PAw79FI6Alz3BFgb1xlTfENbI+linj12b6irDhB41iCDSc0NIUB"
    "x6nc9cYALLij7befNIGTNugdxZnIR4PXGcLgyR39xNoSsN8XZabZ23OyJyq6C54O+8Nb5W"
    "19Q5hvijTfiLCk0oclGZAleO3EpMAUJdauG9f3PcqSiY4oN+5714+Dq87lDb2io4mFFf4u"
    "peCKTOZz1TBY2t0C6TLCUapiki0peoLv0LB0nsGuNFHpb5AmKKvhzkf3HWIsjHdlMt4527"
    "ExUxeLraxMkROI7q5lzkp1WKYjGalfd2F6YAbB9TJznf40k57skkK1pGwRu2HK7zpw10GD"
    "8Wc7u3zUBOLbKfW3I5ww36ETxlooW3LdTym4XhauR3zs4ZDGg7neSraBi2471cBVeDSFR7"
    "OkHjfRbadU3XYO4i0u2amWh7M4Y0IJXM4R3jWh5M6epT6AB0sSKKxj/Y4gXTnT1AilfUYd"
    "XKlTZEQmjTh3mklxBsp6zMYAA5Z/cfEsT8bW+dnFh7F1ho6P+Z+QZ2F8+Di23h8/0z8vWh"
    "+gO+iiBc/ZbeWE/tk6pQQfJspHRtaiY95P4NmYzi1DBdG9CvwneIWaBphCxaIKnv5FMHr6"
    "ETzR91ZZ5yUeLsCCCxYIK6wJE0bfTKBbOBymUPq3zR7sMLNVUcokOr2IbCg2ssFheiYn1p"
    "qkhukpOXdweUXoRYERTsKHOf3I4jWgNVlxys/xftfwaev9xWr5sn8krdyH287NTVihpJhI"
    "ZCLxGvFZMQ3SFgfsSfmBnavYMhHDZ4vVGiIuDtrzswqsWnaCZtlh3fE13F7zz1Bz5IawcE"
    "6IhiCORnhNFMD4mVLtC2RXbijWo3U5HN747NuX/WCbpsfby9790Ukg9CW8jqmMl6Xmuju8"
    "NidYbnZRp/dg1iJqATKRpSay1L5HV1mqLDWqVWZ056wphL8hoS+EqA+2B3Bd20o2aANUAl"
    "jhgRQeyIPDvEcP5CxKiMnuIXOmqSmunoNc1LLLF9mUteyiTrYc4L3yTFVPgAMHembP7j49"
    "cq6XN8Il53EAx/vkFp5Buba9SXYv0UVlWoadSRvuBkp04XAq1uEU3+Fzc4Jm8d0+G4Svsm"
    "xYN677v/WupGueoumm1I1xd3h723946A8HbbBOaxzj4ehz774N1k86eNYmnBMrc6bmmmjn"
    "zMGSSh7VTh0sG6j7zR20d/0t95k1dZmRbtz1Blf9wae2G4gxxt7U/fV2I60G+rKpHRo6++"
    "iGZfMbyDQ1pLgJ5eySnU6+XYp/K12Zx4Qqj6HmMJnTw0RamC15qduYvz1kIgWsPFkhYVv3"
    "nIrCJFPb9DVF7XxIp2m6hp3Gtw07DfUNw8TMVrvXGV87aIV7TrjnUuxZIn/xe+R6xEmV3J"
    "IhoxcxglT4u4SXVqSJ1gBX4aQVTtqSemREmmip0kSD9WN3RbiefZ1CMEcITylct8I3vgff"
    "eJq0XJFyGgP6fhuW2ZvRDesBElXm2nO7meTotvuuS+7e5vYUyVbqeqS+jMgLeJiRBVAVhE"
    "3VXLZ51uUc6i/IXGj0TAJP7kPIArEP+wmYBMyRYdBfyAbPm7xHGP1b0IK/14eNMeXcV6Qb"
    "fIECwrJKCUYAfVMN0wBHC6QDgz7sbVzGqK/oNRtpe+l9Xn7nLZwa2Z7n8YvCqV+kU9/lRQ"
    "jZhIbwa5IyO9m2NJWetNLkkdJR8V75ViiXNLjIM6AdQVo783T+qWXCNh0PfTWtlKkboQsr"
    "T/5Jb/Qczwaqh0KYIzeadoThYX+GBy6D7g4sk7C7BGMk19vg4Plwy9TKaKUQR5UV8ijLCY"
    "WFvKM2KnRDqvNwbyUgz5o65dIXK6RDtR1orsrozAmLiwaqyS4QKqbR++AIUVWKTPgA9m8F"
    "LpvARHD+g0ZkqL0NVwba98O2jbxm78nfIdTNyA3NFrqaCMDOMSzygUp/Nz2pc3d3P/ylc9"
    "MGTksA+lXr5CvUWGjkYNQbjKT73m1/cMWCr93C5zqas7fR12OuHnvr23QhsyDL329Xd5ys"
    "BnYn+EUeJkiyepGv3BSQUUVsDO96gzZglGN8RfWANlAIZkH2nUG3d8PjWWX2CzVtu+jVkz"
    "RhZCfxYWQnoTCyA0avllRKSxm+6pwekcDFa+Brqhpq3xXRtlNFrwojS/yWVGMjiwgFE9FK"
    "1cRV1OrYE7CuLJ0JVz+RgFVE14nouoPDLKLryoCuiK4rc3Sdpx7GjjjXrv9CEGH/Gb95IY"
    "uaMzWpOTO0TLqHybP/togJGxFeG/+AZpLrhjhDpb9WYzc6cEYzBFgpdm0JRlCfIhP08VfV"
    "ZD0S+reAT+QGz00piLaLhTm/fuR/Y6SA6szINMAD68u+BMfH7ePjsPNmnw/a7LgRDpgiHT"
    "A2nyVNnasRu39iSwAvmZDHI3QdkVcaD3U1jYkRNuRQXmmpNNzK710h/TbL2Z9KFx5iNCL0"
    "jyI04YOyI189OD+5KhCHFCFYhSOVNiY88KAf2U+TIufBm3xAP/IZ0VUDKWBCdCraqAZYYQ"
    "OODEQFVagBlj+wuvz2HaD0CBsA6lQmQjDC47unx4zxkQ3HPwxElW3TeLdYNsHC0un+hsCT"
    "jUv7J1X5uQ1lGRnGv3U0odve7OktT5XA7EFAI9Mpi9rhORGvsV20gtE1TohVMDFCyHJFyn"
    "KxMa0JTRxig1pLFUZTmiB8jhf/R1aQXaLaZTq0UhXiaSUU4mmFC/HoaBpp9osHeU1RO4Rz"
    "7gInqwunuGfqhJ0VRQ03idZ5mpKldFT8+j0PFS01WKzXKjkx02YRoqzdet5LPpot01Ah5Q"
    "VF7Bsj9C1GuAjS1QDtJGW699vIp0e7mB7ddn5769Olb4aDT+5wDw+6N8PLaOjRt4VK5ckt"
    "zB2RE9TQ6lFdK0c4ZspRHrJ/cCFC8cVl/uJcDLf/5KJnEN9cqb85QyaLqDoc//UwHMRIEy"
    "uKIGtV2QT/Bppq7M1S3/hpYmFufQHPlqqZKjbesef9fICvkCGU/BUGP7gA+9gEwa+wgtkN"
    "61ajWfIbOt1R/5deG9jUYzzo9a4epM7j6DNlBUIK3T4sczbGV/2H7nAw6HVHLOVBUQ3HAL"
    "dl1kPurQQ0aJgS0vWokJ14idxPVYPTat9GkjVgWxxMIWJR7rvMRxJnl7HE8ras9tAKTpeZ"
    "0yI1Jn5DraY3W9TG/h65niaGofiGxSXbuHNPf3IF4ey1sMOUAmCRVyLySg4O8x7zSjzffA"
    "4g177abXiLTFNQuND+xVWFNqZ9cbYSwt7qszuWEQ4Uvq0H6gHXMVZ2BMkOL3tAdn2cmmC0"
    "z9QOG7A7HU0Q62uJGhFBiKExzRRhiAv/8I0RiHfeKL82eJ0RwNcDT6xwk0bcOscGq3nshB"
    "I6n5gRzubIZ0qRt1GyWD/EKkNt7XtYURdozqYaLtImWX0Pt78/9G6u28CmHuPL4agNnom5"
    "jUch50AqYRuJx72+tpFSaZqV3+NEfkdJ9dG8hSsujcaKVa6sujmvwx2Yqt7pSrwxiUX/NF"
    "i1UXOmE2s6A5CnrL4xgK89ROeu3wbQBHO6afA2EW5PCZZ/Yc9yFNXBYq9PG2M6EMygATBh"
    "PTHmC2Ky9uvgBS2bwCB20ohOXlkdVVmD9MxQwDOaUF2WS3ky1DRPjoc7wnxVWSqJEO9KKN"
    "6ZMK7Pb7rIkqJzDQy7g3tW6e7BbQZvrDvAD0b8nyarpfl4OWLFNK3nMsh7ouVFwYEkzm6Y"
    "EWs/lYB5I8wm+hahwcRH8LrjawBt0YG7TKKS6POxocUUNoqHPYpWsCAzC+jpqG+ntfspa6"
    "i1V1dLj4iVZjWatuDxmkyEo5Wav6KBT74RFIerJFs/1S4hekI078lkrIpr3rNdMbg0Vfky"
    "2gsz1OQr1zpPy4Gkknx7sBZeqYasEcPS0b2lRTpiAyOaiS2SVmMl3R28yXIYj2BkIRS7Ky"
    "1fIFQunxB9bjMFavZSETVRDmlIW3Mntflgzc8aFjtIU+ogvtBB0HLgXfHbWCq99GVGm0qs"
    "X0bDL/TT4F6IMe4PqPz66b5z2wYq+3FTHc7H+Pfh4+jxstcGS2KZ1vNWTZjyz3pbb0Vbcs"
    "k3QanZdNfpX7E2WKoyxp3r6/5Nn6oqbQAnE1VT6euN8af+NU9OnKqT0qQlyqz1HYrY/S8J"
    "0RDEcSblFVWAJ8+UrDxMyUM7vRwOb3yK6WU/aOl5vL3sUdw57HSQagsoYTXHKbdmRkh+8W"
    "eCj6gGNjf/ij5NVcHpNKGC02m4gpMG8dSiIl4WmL00tUM5Z2eUYc2ppBKxihOKAaxJylEN"
    "gD22PtUAWKmFTOxwCQQzcmcGK1IewYx458qKoAb7TtEeFRnyV5SoGJypOEmQrhzfQa1KlO"
    "hIJvM5i/ZVGMxZuBNBWg4G1WqjoshKOvrLUrMrAEHSArUA10JUWS3A3Xooe9RoP3xCLE8E"
    "bZElfPCykgLrQoMyim4yFL8J+YjKsf3U6nxY4StllpgiSIXslFl2oivKmkxUWWVAZhWgIo"
    "nFV5L7V4KJNIPGjB24skasrAd1FHmBh/XqSmVPa/iVRDnH4j+MFUE5PoZaSayuz0YyXlVT"
    "nmWRnCJIa3BkFFAO38aLvroJVS2TjSlIKD6I3D8IKiHpUKIYOcEHaXkTpCsHa2p1cBvE0u"
    "WMFXPXJIIhuTNEniH5BSlSlMbNAnNjNG4fVVJc7r4Ycxi3Jwu0DTrzWaALSyXKaLQI0pXZ"
    "jb+tGzNNcMtpfHTLKQ9v2SkhOb8wOBba9oDMXxyORYTBBUY0k8LgWOybZCDTuwI2Z9D+Ol"
    "PlGXBIAJkACNhEBpiomp1YylbVMzQQmBH6o8ARS2FlaagsffWFLoomQO+m78DYE4c3brwN"
    "1yjZ65NEbmu5QvIYu7JsXe74fLasw0K7hw3LezpscTCIMyEbxFwWMayYkMcE+cWhqSHI+W"
    "ekMt8jPUFlYkW5C2J34CCZqOYZYUzTCFS2Sn/0EYrsx9Jlx5VEcu3PF0Q3HxdsuUTJrb77"
    "iVKrykdK1nporqkbASEw0NLWU7T+z0zy4aU6/V5ExI+t1unp+9bx6cWH87P3788/HK82p/"
    "CtpF3qsv+JbVS+z2WzIMmUg8zNWH1ENTyMW+fnaezP5+cJ7SzPQykElAVRKx1DfRlvb4jy"
    "cy1N27ZWMYyT1q5j+lodCxTIy/6gc/97tF/4MsJUdvn7qNcJ2i7Vf0Us7PjsZme4kHkiZJ"
    "4KdupabFdQ6c4tqLRwCyr1b++G9yN+zT5Q+dUrKniwykoYjfF1p3/DcmImUOV95LudQbd3"
    "wy/JDBAtoon9YTJlRNB72ez5oilQXdUJL5snKlaN2VZ8DpCKoipl5rPo+5Oz4GHrrlu0/Q"
    "kTCnhF1x/R9efgMKctm7JF1x/RkCaPhjQx228OyNa9j1L4zMmh5FJ+huUHk16/1rjoErIq"
    "r282k0zKrFQHkibuuI0hEJ/JK6AvtAScENDVh1mTlFdW2nuikzl4Yn9K/O4TOHrzBkyIDq"
    "DbO+UNi2DQDdMmf8uaqzxR8cse3uQluWf2q/jCIQp56hjzR5AJi6+YgxcqE7K/qTojWwJb"
    "i28DqGk/MMEc2Iq0St+D9XZgQw0EJuiVhWEYvAoKu0yn4+43+ksAKza+HGP79cER2xEZ8s"
    "Y/1lww3i2W4FVXTWTYr6FiHu7By5xCW3O239BBITakI2C+XwPE+e/8+t2KMQnLfmGWfR/3"
    "Upv2fVR1tO2ncbS34h3trXDpZ5IdZi+NADkFyM7+nW1D8RAVp54c12BX8Vn9lxlRX5EIzL"
    "fDXGjkQiMvqXqzRd+jwnSbrkZF64kqQzMm2ts/IFHHwZolyaHhG1WdDhg3xtbZ5OJ4bF1c"
    "tCb0z+PJ6dhqHbcu3D8nk5PJuAEo2w1G1uaCuduzCFIRnq4qpcmvUj5QdcWg0jtrgEkvss"
    "aT0Hhhf2UaCBtDZfxXpIfDwQ/3KmP8tNDJghhQe2LNlLguguAccJzf2LoP022OIOgSqhBR"
    "cvow5hp7S6dFGKgmsGdACuvo1ASUPYgu0pSh6H+szEAiAKkkh1u8mlL+xikH8nvtpcrUjK"
    "iRuXxJcdcrklpAXkCmsbv7hWFOKNLioRExFskLf5uEe5UlP2ZZ92uK2qXXn6VZ82fxS/4s"
    "tOJFCMtWW7wIbagaN/N2vs+5Oywbpj4agaowoAgDyuFhrktIQ1VxjYtpiIR0vgpCKCqaoa"
    "qw+s6aMhn7bhDUMVJ63+B8wREOWfsCI5qbzH2aPV5CHoIUBr/FTIcGs2bx/uGrz/uNARaI"
    "0HkAlb+I9pU1E18CCJha4djZHGvYnFvRwFcVvTI3vWqCsdU6+dhyTG5Rlr1Cnrk5PoCbYk"
    "Q0QIXNbAkO6jqZ2Qqw+dgfThaE1xQ1xFiYGISJYSsTg1DdhOpWUlm4zL7v4QLhLp0lShBe"
    "3UsUgQkdJcnusI2C7xAjwL59KkUyojaVIQ3wbJkmRZEFoBJdQTo4evrjD16cswmcQFRVoV"
    "/7V6hZvNaG7Yj+8+mt7U+mciiVZ1kc7hGTVhdIN2zPu0/+Le7RY0xvGWuXOL27oHudQZ9r"
    "Md+0atLJgWIxgXvOVi8LGyavdPX/CAasuto/AcRL+hf6EBbPq63c2zLE4Nn1mLN84SNnvD"
    "1sBrGiIfrT/LO/5a52PgcbzSX39U9/hcZqQuDOx9iatoSb8JtXSKB3uJ7Fx+ghKYeLsV5l"
    "WYWA+j0IqOjbQqXTbcFmP6VI4i4zl1n50+2+ZS+h4HGpeSy82bXwZpfsExHO7HJjKywiwp"
    "ldclxL7swu2YZbeV92B+mqPGtEmO6cO80kwx1cj9lnaddMZqDvxQa0t/r+ogh9ESVZ2UeV"
    "AWFneA3RPUnlEj9JcImfhF3i9InRPvGEbuYkzilegIXyMGpzbrbIkFxb5GH29/8Dct4dGw"
    "=="
)
