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
COMMENT ON TABLE "tiktok_preference" IS 'Per workspace: who sends the outreach messages to TikTok creators.';"""

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
) /* Per workspace: who sends the outreach messages to TikTok creators. */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXQtz4riW/isqaqsmXcv0Tciju5m5U0UIybCdQDYh89hhylFsAa4YifGj09y9s799Jd"
    "kGv7HBGNutqnt7um0d2XySpaNzvnPO/zbmREGa8b47g2ajDf63geEc0b/4rjdBAy4W66vs"
    "gglfNN5Qdlu8GKYOZdbLBGoGopcUZMi6ujBVgulVbGkau0hk2lDF0/UlC6t/WUgyyRSZM6"
    "TTG3/80Xgj+quxgDJinS80aE6IPpfY0yRVafz5J72qYgV9RQZrz/65eJUmKtIU3++gbekt"
    "fl0ylwt+rY/Na96Qvc6LJBPNmuN148XSnBG8aq1i/vumCCMdmoh1b+oW+33s9R0Y3J9s/5"
    "R1E/sVPTIKmkBLMz14vEjraw1JGgxH0mNvJEmNDAjKBDP06asa/NdP2St83zo5+3D28fTi"
    "7CNtwl9zdeXD3/aj18DYghyewajxN78PTWi34BivQQ0NRwhiOm/0aIyjZAOI058SRNzFNw"
    "ly98Ia8/VELAL0OfwqaQhPzRn950nrYwLEv3Qeuj93Ho5oq3fskYR+OfbnNHButex7bBzW"
    "uGtEhhrKgvZaojiMG/+aSd1BoxCY04AcD3EIYFOdo38RnAlir0yBIHcMFf7jcQbxdAbVYs"
    "C+OEuB9sVZLNzslh/vN/QyI+RVekXLLJAHxApEvRigW+cXKZCmrWKh5veisUa6TvRt0F4J"
    "1g7v/Ce2rCMGhWTrRn6kr+gdtmhEo+2XDECtOKLv3b9UcZ+kP1AZYm3pKEUJ0I/6d73HUe"
    "funj1ubhh/aRy/zqjH7rT41WXg6lHwo1h1An7tj34G7J/gf4aDHoeXGOZU509ctxv9T4O9"
    "E7RMImHyJkHFo7+5V13U/J+Yq7NG6kSxamdQbLMCWoVhzkEHZVr95DVSBfUdD/w4XxMdqV"
    "P8GS053H36WhDLUfuzc8j51dtXxWD+251M7tX1VNXh2+pAFJpjFAX625Fpr/2dx27nqtfg"
    "gL9A+fUN6ooUgzwVU78gXUVGGPpLR/b68wOiej77LbGoX9n9LGsEum8xIJZJVzp5thtKQ0"
    "8vdUZJoudCvOOMcrG6p13VFa8FwgrtRKItsGEDsiNq93aPo3WHdcVOUafIMHddtngndYXI"
    "VF9NquobM7LYEadH2kWXYIzklFPK2bUqBZc6XxDdlKyFRqCyI2B93tcT76qmcMka1NWJKu"
    "exbHW9fdX1cyR0uZdkisiuOyPtp0vb1gknpquSFvHoqD7tNXxr3poHr0AMp/wnsWezJzl4"
    "3aH5C3dEhBwizp1mkktkvm6zySnS6AATwfmcjsd78LyyjVsG0qmi/gxUA5gzBNwb3xlAVZ"
    "qA6OCZvVf7R0U16L0lYP/66RnQNoBgRP+v2deU940AysU8MYNLx3mycOmUw6XjDkcI4hQu"
    "HY+scOmkc+k4n5PE/50B86BcHfE+Pk6D9/FxPN7snh9v9t+s7gavzL5wLnQt2T/MOonzU/"
    "awNQ/Z5Xxwu7IFuhmonkX7tL0bGRBvdK7u+oM2gMpcxWN81xl0bnoPbWDrFfoYD+97D53R"
    "kF7yPSHrCKXxBp3EO4NOQr4g4Z6Ih164J4R7QrgnKuueIG+YLk98mSL6rjYGu5eaWmMwMX"
    "f14QxoFzVFh36VU8RIani6K0qPrKsu76mmYEFLUU1JI9PdgOqwbm7tXmqI0tpzKjlqVGEe"
    "1IrDxRd1AVYaP2ouMyuD17nSYBXvdK4iXFONGAbUl5KJ9PmOcN04fY1oVzWFqyQu+ipCp6"
    "OFtpQUHU52ddM/sJ6uWEc1hUqG8wWk58icdImu011N0XKoHznpXWkpIFVEagGXc4Tzgure"
    "7q2mWAm2jGDLCLZMaQA7AFumKvNqn2SZtX06gi/jM17HU2Z89vLNrJkhRuAaqcbMAibCEJ"
    "tNTkL5FXXJHMhEX3DGCuOx8ABIwAAhGgqTYXbpKJLj4nIhWAP0lR6YMNS471jQW8pAb9nW"
    "J+2VLzPVonHd6z/+/EQ745N6jH/tdYd3bfCGZDIf4+5w8Di87bXdeVwOb7TvO4kcoOjJH5"
    "Qr88CUiXOUlWtUPMeoqDjbVNSXVgL1pRWmvrzoEGeiz60EaofvXqhFgrsSj369uCshfkUa"
    "/z9LK7LrYclJaVOx0U91RrK56TsCtCbB1xGiorkjlQSpOPJIJeE5GHukkmgVTx+pJEwi8l"
    "5E3uePkoi8z8aCKJT/UEmkSkKAqCR2B2JAVBIrz/ySZLr6RBi1sgDmmV1dt7e6w2YZcJof"
    "bE9ub3WEbUW42fFcmJ5oU2mYpIVOFEve2RbjdHdv91Zb1Ah7f6Ln4uv39lVXwEQun9RMrh"
    "1Vr9QMrkqCpCCoaCre/Uhtd1NXmA7IdKskXgekulUSL9teOtHIWx7W0mvaT12REqzAjIBp"
    "COosJBh9paqktutCf2v31rM7qytmIu9YTlRKzwqHsCItiKbKCRbEIUYjQv9Isc7R7u5Xvd"
    "WEpRppnv7LIibMAzLXSP3fboc1RM3R0xY6miAd4aj8E9mBG6mvI/J67+uzJthlpDq7Tv2o"
    "Sklrf39CsSRPoyLqJbG/zyBWNBTJQQ5IcSWsQdsErrPoaz3iurfn0E27s5V0k3OV/xSsZ8"
    "F6zn8daIz6n0fDz3Tw+PI3xv3B46hz89C5awOV/bipDudj/PvwafR02WuDJd1crJeSsJ/t"
    "ryh6iKKn/1qizIOS/ivYP2fUs1JlxrnO7PK98HOJhc0oN3k80B6RrVAumbYRIJmnoZjHE8"
    "xDmRXR1FHW0qK7lqgfuPkvxzZamfOxBsRqiPQ+1oqD1NsrNcz5lyLTIJ5akV7+hLKRHpn6"
    "YZxz0Ug0h6qWBd2VQP2gbZ2nmb+0VULlwtAMXswyLhErgfoBfJpGnTiN1ydOQwrFhGgaeY"
    "uOCVGnsWdwn9hWKWHLhrN9GP/Uap2efmgdn158PD/78OH84/HqVB6+lXQ8v+zfsBO6bxzc"
    "I3vA8bXt+XwlXGDk4EInxgLZTJwsR/T7h+Hjfa87agO3Bx6OPOp0R70rHpBsQpm+6xg/9O"
    "5v++wa40Kq7MqgdzMc9Tuj/uCGjh6aElOFJh3LMaaH/B5rSk/4iLV87Nzd3/akx5/79/fs"
    "usHdNJIxUxcLz/2HXrfX/8XTQEcyUr+wFuydeoORdD98XL0YwqbE4tnY/ftOn15dQJX+/a"
    "rXve0PWCsFycz9T6/d/OwITmeOxOXtsPuZXXnRiPxqZ9TJvK6mWlYTVtXQokqnTsQX/1+P"
    "w0GM2uW0D4ZNqrIJ/g00dX88msaPEwtztgB4sVSNDrzxnj3vp4xTMKu1OApqhg/reRUx6U"
    "J8dNf5LYh+93Z4ySHzhEKyDi5FRGvqRbleEa3eUbcWypaj7pcUo16WUXcx8gx7VAwX2m7U"
    "/ZI5jHrJ9K/qDnL42+Y+r2xVFrwiNVKnd/RtieIV+8I2lFxBFK/Yb/GK0PqQA7qpEzGUbH"
    "FIi6x3UfShSl8ADJ5ub9PVBBHJCkSygtzQOkAUfkW+XhGEL8J9RYxceQATAWApQHIYs5qK"
    "X/PJ+HRLe6orWCJaLp+wgIy0Y658RnCOXaU0nnCM3Ra5so1DNGIPr9ljks7G9k1yNtaM8F"
    "uIjzGeFvyqxiUo3exydGUL9Di6cziLt5He69FBoJJjfPXQuR61geLqRgemi5joa4Ttd0Sv"
    "xjjenPa14J8mGXl7v42SXWsrG+/tcHDjNg/624Rr7Ru0t9ObM5LR4O6TERb3sMXd2dSzoe"
    "oXEtZ24ckQnozDw7w/T4ZH898R3/olTA6i618bN2Nr71DCTbQRWN9WntlPtM+Tu9cfEnGA"
    "D7hL4s/xXhdNqvN8o7NgaTi/J1hbAi4NZqpBZ9+yzcsZGcTSZQQmRAcTC2P6PACxApgu+7"
    "2Kv+cS4XJJeXWaxqbgW7vtX25bFViosdfgELgVJ8c+I53MpRVpluqTa/Ytv6M6X5Hbe/BR"
    "XonEx/ofFPUS/FGbBOlflpKB6PynU01YU8ppTfEP2TY2FX8PJY5ZECTuspG4yW4zzytfZv"
    "uSmHglm3iBLS2LXc0nKexqpbar+dWiLMPslxRs5TKPsk/NDJ82NQJjFMmgYGCYJ0yyVkN7"
    "NXy6vO2Be7oD9B/7TijQaiz5Ta63/6Wp9vnzode5jVk6X5YZLatBOWGzFjZrYbOuJrbCZi"
    "1s1pVAN6vNer1LCbv1ZnCDW3qpbNercnoRhmtvqb14q7Wvrt+eKWh+s68goZXdbApX+f/D"
    "hqsYwoYcwyotlakq/TDsOe+TCXX6uWQBeC1Ru0rke6n0riAzMvNTfBKNtUQ50miwx4o0Go"
    "LrVyVrFd0GMlP95B2P9yXTL8XpvtzYitP9AU/3/GMXh8/NpCk55lx/6HPnvU5kZBhI6X1B"
    "/O1Dp89Ai2bSGXThtpXQqvFG8tQQI6AgxVog8IqW4Ai9n74Hz3Nj2v7RRBhi86f2j3PaKy"
    "NlqcpPz++atN3CBNAEGoKGCT6CGbF0AxxdI9WYWUBHJosY59So//sAZu/C3KqCnhlZPMKb"
    "6D+qUIQ4Q5fyDJ1c3yF6BKpS02HLg17+CcEzFg2ob7WAvZyhq3VoK3KJqfqZLaQEH0abWK"
    "VZidAjvClY4jUIxdsqlerAJpwCiGW+EAsrwNm120AjMtTAG9Q03gT8J2CJ7AE06P9ekdIE"
    "zwrdmqH5DFQMnkbdJiNZm5bNoqavYNBnRCsOe39iGhO8Lcrfj3caW0qqCdy2oiBUoQWhqh"
    "X5vQVP9KF31x9c9R4Y/XPO+tbHePg0euh1uj+3gZuTaIyv+jd0UWsDu4z4GNM++107YlyV"
    "S1IYav05bTNca+kik4MjrDDIMo7afW9wxdm5jvwYP7pXDM+VEf8nHa3rTv+WUWInUNU467"
    "Yz6PZu+SWZgaHxq4+fXRrvK+fvlmNUnaUxo7KzlhLW6dJpOr5qK2zDldiGm+XQ4Jcq8wq7"
    "7bHsU5rv6FP8d/Qp+B1lLRu0U8mgcoObv+/Y0fwyaGAeieLcACelVsM8JmnTRPNFVCK2xz"
    "n95uP9Vh654lA93i+qp60PFytA2T+SsHy869zeRtB8NcgOPNtYDXySIi6hzHspU/a2GGKP"
    "mBjfMo+vBg1TQroe5a5Lqk3nlaodU+k8lZX1PMHKeh62srp+Ix1NskAdEKsd1ietNLndaK"
    "t4vbQVyu9mmGiRdaN3ZcQm78uNbFCAsrJE/VL1m7J7KHhLAfuylTIVEBW7bZl32/Lnndzb"
    "J5Q0jPvIOmnnwZGiEY9fugJiNQC+ANWmWg7kYq1E1SyjlqZ4njyDZubwaVPwVDdETm8Tlh"
    "6UEwTr8oSl1xxW15+bsdKeX0oAGwGsqF8oYizKja2IsThkBoVZlLqdPX3CLFV+oKri6lE5"
    "y5mUomRL7r5yUohqm+lwTVFtM/rEILBNN2dTpPpIV0IxM7wZ6ihWFOCAVh+9KsRT0D0EPU"
    "4J3bXCGe+kPmgH8h4UXQWuKijtM5Bh9QlHBDJ4P+/4QAbvepIukMHZab8zVtRpYCA6BHSt"
    "AUfMaQlOwD/BRNUNE5jEkmdNlgcegwnRNPL2vbUw3gELm6oGIM/Hy7LGk4UBVDM6jGHPz9"
    "sujxARAQuxX8K+AxYqyIFnaYq+ZC5Y1+mO+r/02sCWHuPH0dAhr9MJzJNPXw0H9L5CMIom"
    "vAc/qEMFLVSB/bBn4mge7Ac27hJdfoxs9IeAWO18iPlznYUDMR76+joQrYWy5aj7JcWol2"
    "XUI0gw4RLywm0s3MYVA1dkMxe+uJJjK3xxIpt5JdDdIpu58HPuwc8pvEb5eo1S+TXsNDbq"
    "7mb7dTqceqBeiNn+XoO4kWC65/ebacz30sJturkILCuXR89QSAEv0JRn4A2qrPQdzwlIcZ"
    "io+rwJ7DIEgF3ixsQfwLNqornxDGaE/kRe2lUm84VFB5qnETIiKsPu80mb7fbCKi+s8smZ"
    "aZzZmdUuf/8wvB8+MkO72wMv8njdf7hz6juymR2XhKYcNnn+iYVHKz5N/UqgHFnq2fNqk6"
    "VexAaJ2KAS6EIVNfKK2CBh5K0ZuMIYKYyRJTkIN0VggDCYlXLRLc5gtk9b0CPCyj3RVDky"
    "G7XnbjPJDsRSokqLdcMUViATwfl3Bk+mCt7oEJK3Jkv4zM0tK8qlnSuaK7bgTsWWiQwAJy"
    "bSnTtzVcHqdBZB3dzHA4TNp1w2nzeEXhW4jLH6xOgoHpkCT6wnzVbztJhjaytdSYSEigjB"
    "M6v99Uh0IdcjdtJkImVQtjid8PysAgmlHHhQVA70VMCiyAzoe4T14qICsP5lqcjcbsIGRA"
    "skALeqg+wW89UnWByqZx8rACrLBi/NqPoUvZtdEqIhiGOssEHZALYvVHhf4LrKRLE28Mvh"
    "8NZn97vsBxNgPd1d9h6OTvgeRxuptq4dBn4KF5KB6KOVCNhjp3JAqsglYs+TOTcLkh39ZC"
    "2krPpZSLBAJe20+aEYFe0sjYp2Fq+inYVUNMEdj4e+mm6FNNzxUtlpK3/UDFlps1hkUll0"
    "hxiNCP2jCHvuQYcjX2tuftauG40YBtSXI6TPGxH2Lt/9ZpLFa+q0lEy3aSqblz7nBijeIZ"
    "hbhgksA70HzxrEU4u+8zMYN8YN8KaaM/BMzyBTZIJ//hPYrvbnNoCAvTHA6AvSKaIQGxqb"
    "E9H2r30+LLJmq2/qO/QAp/ik+8zd6rgKk9muNCk+KFkUsrVEDcvUnKSieJwkUDxOwhQP/8"
    "TPyKapb63WvWBtr1pZcF5LCIzTYbxaujOg7JWpHTEsTYWG+PoMoeoMghK2SY+s4FktggMm"
    "GEuCsVQVbAVj6dDhk4Jekw7ectNr7u1awSPn8GxjEDI7RLRqJhkfnJrEkhkQSGGC0FnuMp"
    "aqbGUYkImlKazKNKCdvdGT/hKZbfCKFmaTl1y3ryKFkWdU02ABUyZ4YynO1n2oBmB4RZkh"
    "9v/AbHXgMfrKSvHxKpa8IHwmA8SlOv1WbBCfWq3T0w+t49OLj+dnHz6cfzxebSThW0k7ym"
    "X/hm0qPsVrl7rw0ehXoRb8tqe63MOvyl946UCHin2UXrItDtI2x+gI0a2GoGR7u396n7ZS"
    "TO/TVuz0ZreC9eOggvStEI8QrcWk378Fg2wHeJRs/eZ4zoDPqJ6kRWVNiA+g9YiIENrkNX"
    "6LEFrOFs9mIV1JiPVl03SvYnC/fUTLOL8b973BVX9w0waO/Bj/Onz4zK8wOwK/4s26e93p"
    "8/D+CVRLE9vvHK4ixiuZIeqVE1WHPYAGj6whXJO9BBHiwlVQbleBBukgbOUR8kmK6sdlHm"
    "UNGqaEdD0qUV6SZ9UrVTvfav6HQeFe/Sa+JtdqvMU4B0TFqlnqcTZes9YB9YoI53lELhWR"
    "nUbQEUqNraAjiAQqJcc1UwIVviPlgGndyR3enbtUvI4HVsntSocTsxHB5/DcbSbxOHg9OE"
    "lZNUzF32Al5N501TR5kTndTWZigIlO7IAPJ/PJi66iyQ+cQsH8t4wzQXslLKyDmAgQDHg1"
    "O6bSspqH0eSNvT5NJFQpV3SIcCuVzK3EPh26/GUaEa+MGJLch4Svc+HxiOfOrARq4ecrmj"
    "xTneCTqjpXTYKzcZKc9gWant2/FgKvYNtVesFg+n2QGJ16qY6QrYGHpeghEB6XrYaiapZ4"
    "EdAm6ixWDldhmReW+ZIaO0WdxVLVWRRBmHUJwvTEVXahPEONCJN9qE0zyXDvOSNI8qr5Rv"
    "P9ECMwUbFqzFgtuXUfrPoc9wI0wStasnp1S8CSLtG5xOrVmSwA0phBuvoC1QRHBkKAP/U9"
    "/5PljHkXtt7v+2GbM0CxXDY7pXsS0ZbsXiHRltmSFdU3S9HFWQrrz8VZrPWH3fJrnCKQdY"
    "+mNSdr1jZW4ghREXfmxztsKz58KGu5Z3jOeHPVIwvKK4EaYruX5GY6MhzPQloj8VqiFhgL"
    "43AlhqJqxmFhZxN2tpIaK7ZIOn0IU8WTAaebTBV2m2ZaU4W1ar7RVDEirwgbgEwAwavETZ"
    "DBzliAdiImbM60JeCd8sRNMl1DwALpYIVw2CqRY79p8j75vg3PBiKyPpXUDiEOy/s7LIvT"
    "xL5PEwudsCB7ky9yGdSekJzQe6J84hQkuk+znSwzwpGyAuWEyurigCYOaOKAJg5ouX8+lT"
    "6gdeF8AemINSIOZqt7zaQDmexttekcFo/tZvcreztpZx/st3Lw2VtQFf9vBqXbbS907nQ6"
    "92qaZ8RYlNrJfLZRLDlTrR2PSA1o9MEy6+nqrCcVWg9hPIf6a7ZyRmuJ+jmv06SCis8EFU"
    "oEtdCgOSF2tb4wvJvzSHrlSww2PR18Hg0/08epr/SoO8b9AT0r3Dx07tpAZb9tqsP5GP8+"
    "fBo9XfbaYEks03pBQUvtYUxUCoKajeqWg+TroMh8n1BVMi48jftO/6oNmOQYd66v+7d9ej"
    "BsAziZqJpKX3CMb/rXI5bec6pOzLKk9ySTCdKl6Ji2+HXKL1W73eA81W5wnrAbnEcUEjSh"
    "bhpSVAwbM8TE0Jq8Qkk2mNIsWHmYX5hJJYAewkpW7Dwi3zJywgIY/9VXs5i4Mx1FON+hjO"
    "rC2iqsrZW2torQqIOFRoVMMBF+z0tH8vrzA4rNXRAwU9+vrTM1mdoBbzF7f7qVst53hczb"
    "V33m6t9FeErcaZbgMPHMxM1+E8ljVUyTMc9pDhYWj4RTMYDA7QscjRtj68MpfKF/nn04pn"
    "/KL2hsnZ+eIfD4+emkdQr+o/Xp/adx490PnJ1GLzZpl6psU9M0Fb8CqCNA+BOhFpVF7wBv"
    "IDLrCSdQaZafAgznxquVBV6nee3MUPlHL/KFJsIMgGR1DrU4t48aqfEpttB7R7iy+2ikGa"
    "XX7d91bo9Ozpq2S4Ke7FVbx3NxPwvNWtnSdYTlTK5Lr0yJvRBbTuDTFPP3NL74RxBgtjlm"
    "AddtX7uFYS/2aWEnjEe/xnZCVw/PZiX0SwlDljASCiPh4WHeo5HQQ3PcEWAvr7Km+AaWx1"
    "IxXn22rygrTtA4lmDDCTVNYcBxMnd9ZwBG7mj77SdN4IQNelvxQeStwdsMYfDstn5mZQnY"
    "74sy0+ztOdkDFd0JT5v94c3ytr4hzDdFmm8ELan0tCQDsgCvnQYp0EWJT9eN64ceHZKJju"
    "hoPPSunwZXnctbekVHEwsr/F1KMSoymc9Vw2BhdwukywhHHRWTbEnRHXyDhqXzDHaliUp/"
    "gzRBWQ13PrlvEGNhvCuT8c5Zjo2ZulhsZWWK7EBUdy1zVKozZDqSkfpll0EP9CBGvcyjTn"
    "+aSXd2SaGnpGyM3bDkN03cddBg47OdXT6qA/HtlPrbEU6Yb9AJYy2ULUfdLylGvSyjHvGx"
    "hymNB3O9lWwBF9V2qoGr8GgKj2ZJPW6i2k6pqu0cxFtcsl0tD2dxxoASuJwjvGtAyb3dS3"
    "0AD6YkUFjF+h1BunK6qRFK+2QdXKlTZEQGjTh3mkk8A2XdZiPBgMVfXLzIk7F1fnbxcWyd"
    "oeNj/ifkURgfP42tD8cv9M+L1kfoNrpowXN2Wzmhf7ZOqcDHifKJibVomw8TeDamfctQQX"
    "StAv8J3qCmAXagYqyC538RjJ5/AM/0vVVWeYnTBRi5YIGwwoowYfTVBLqFwzSF0r9tdrLD"
    "zD6K0kGi3QtmQ7HMBmfQMzmx1iI1DE/JuYLLG0KvCoxwEj7O6UcWfwJaixV3+Dne7xw+bX"
    "24WE1f9o+kmft417m9DR8oKSYSmUg8R3xWTIOyxQF7Un5g5yq2TMTw2WK2hoSLg/b8rAKz"
    "lu2gWVZYt30Nl9f8I9QcvSGsnBOiIYijEV4LBTB+oVL7AtnVG4r1aF0Oh7c++/ZlP1im6e"
    "nusvdwdBKgvoTnMdXxsuRcd5vXZgfLzS7q1B7MmkQtICai1ESU2rfoKksVpUZPlRndOWsJ"
    "4W9IqAsh8oPtAVzXtpIN2oCUAFZ4IIUH8uAw79EDOYtSYrJ7yJxuaoqrZyMXuezyRTZlLr"
    "uonS0HeK88XdUT4MCGntmzu0+PnOvljXDJeRzA8T65hadRrmVvkt1LdFKZlmFH0oargRJd"
    "OJyKdTjFV/jcHKBZfLXPBuGzLBvWjev+b70r6ZqHaLohdWPcHd7d9R8f+8NBG6zDGsd4OP"
    "q599AG6ycdPGoTzomVOVJzLbRz5GBJNY9qhw6WDdT9xg7aq/6W68xausxIN+57g6v+4Kbt"
    "EjHG2Bu6v15upFVDXzS1I0N7H92yaH4DmaaGFDegnF2yw8m3C/FvpUvzmJDlMVQcJnN4mA"
    "gLszUvdRvzt0dMhICVJyokbOueU1WYZCqbvpaonQ/pNE3VsNP4smGnobphmJjZcvc67WsH"
    "rXDPCfdcijVLxC9+i6MesVMll2TI6EWMEBX+LuGlFWGiNcBVOGmFk7akHhkRJlqqMNFg/t"
    "hdEa5nXacQzBHKUwrXrfCN78E3niYsV4ScxoC+34Jl9mJ0y2qARKW59txuJjm67brrkru2"
    "uTVFsqW6HqmvI/IKHmdkAVQFYVM1l20edTmH+isyFxrdk8Cz+xCyQOzDfgYmAXNkGPQXss"
    "bzJq8RRv8WtODv9WFjTEfuC9INPkEBYVGlBCOAvqqGaYCjBdKBQR/2Li5i1Jf0mrW0vfQ+"
    "L7/zFk6ObM/z+EXh1C/Sqe+ORQjZhILwa5EyO9m2NJWetNLEkdJW8V75ViiWNDjJM6AdIV"
    "o783T+oWXCNh0PfTWtlKkLoQsrT/5Bb3QfzwaqR0KYIzeadoThYX+GB66D7g4s07C7BGMk"
    "19vg4Plwy1TKaHUgjkor5DksJyQW8rbaeKAb0jMP91YC8qKpU659sUQ69LQDzVUanTlhvG"
    "igmuwCoWoavQ+OED1KkQlvwP6twGUTmAjOv9eIDLV34cxA+37Ytsxr9p78HULVjFxqtjir"
    "CQJ2jrTIR6r93fakzv39w/CXzm0bOCUB6Fetky9QY9TIwag3GEkPvbv+4IqRr93E5zqas7"
    "fR122unnrr23QiM5Ll73erO05UA7sT/CIPQ5KsHvOVmwIyHhEbw/veoA2Y5Bhf0XNAGygE"
    "M5J9Z9Dt3XI+q8x+oaZtx149SUMjO4mnkZ2EaGQHZK+WVEtLSV91do9I4OJP4GupGp6+K3"
    "LaTsVeFUaW+CWpxkYWQQUTbKVq4ipydewJWFeXzoSrX0jAKth1gl13cJgFu64M6Ap2XZnZ"
    "dZ58GDviXLv6C0GE/Xv85okscs7UJOfM0DLpGibP/tsiJmxEeG38DZpJrhviNJX+WrXd6M"
    "AZzRBgqdi1JRhBfYpM0MdfVJPVSOjfAd6RS56bUhBtFwtzfv3A/8ZEAT0zI9MAj6wu+xIc"
    "H7ePj8POm30+aLPjRjhginTA2OMsaepcjVj9E0sCeMWEPh5x1hFxpfFQV9OYGGFDDsWVlu"
    "qEW/m1K3S+zbL3pzoLDzEaEfpHESfhgw5Hvufg/PSqAA8pQrEKM5U2Bjxw0o/sl0kR8+AN"
    "PqAf+YzoqoEUMCE6VW1UA6ywAUcGoooq1ACLH1hdfvceUHmEDQB1qhMhGOHx3dNjxvjIhu"
    "MfBqKHbdN4v1g2wcLS6fqGwLONS/tHVfmpDWUZGca/dTShy97s+R0PlcDsQUAj0ylj7fCY"
    "iLfYKlpBdo1DsQoGRghdrkhdLpbTmlDEIZbUWioaTWlI+Bwv/o+sILtCtYt0aKVKxNNKSM"
    "TTCifi0dE00uwXD/JaonYI51wFTlYXTnLP1AE7K4kaLhKt8zQpS2mr+Pl7HkpaajCu1yo4"
    "MdNiEZKs3XzeSzyardNQJeUVRawbI/Q1RrkIytUA7aTDdO+3ke8c7WJ6dNf57Z3vLH07HN"
    "y4zT1j0L0dXkZDj74uVKpPbmHuiOyghlaP6lo5wpwp5/CQ/YMLCYovLvMX52K4/ScX3YP4"
    "5kr9zRkyWUTl4fivx+EgRptYSQSHVpVN8G+gqcbeLPWNHycW5tYX8GKpmqli4z173k8H+A"
    "oZQslfYfCDCwwf6yD4FVYwumFdajRLfEOnO+r/0msDW3qMB73e1aPUeRr9TIcCIYUuH5Y5"
    "G+Or/mN3OBj0uiMW8qCohmOA2zLqIfdSAho0TAnpehRlJ14j90vVYLfat5FkDdgWG1NIWK"
    "T7LvOWxIfLWGJ526H2yIqRLvNIi9CY+AW1mt5skRv7Wxz1NByG4gsWl2zhzj38yVWEs+fC"
    "DksKgEVciYgrOTjMe4wr8XzzOYBc+2y34SUyTULhQusXVxXamPLF2VIIe7PP7phGOJD4th"
    "6o7zWTsM01u9fRBLGajagRQbALtWmmoNgt/M03suvuvQy2NnibEWAgrNjhA25AhJvD12D5"
    "fB2anDN9jHCkQj5dipiEkvHYEMt6tLVdfSVdoKmWnt6QNslqV7/7/bF3e90GtvQYXw5Hbf"
    "BCzG2s5TmThMS5Px73+p77S3WKqvwaJ2IXSnrWyk+5ulINWSOGpaMHS4tUrQItEhUrZdVW"
    "0t3Gm9SqeAgjaft2DQU+RaiqPSH63B4VqNmTRTD4D6n5rEcnrXPaM541pOamIebG03KDOo"
    "13xm+jWXrly4w21QQ+j4af6afBD2pj3B9QveDmoXPXBir7cVMdzsf49+HT6Omy1wZLelKy"
    "XrZKGZo/R2O9FG05Sr4OSj1M953+FUvaqipj3Lm+7t/2qQrYBnAyUTWVvt4Y3/SvOZVmqk"
    "5KQ6KRWaJmFLH6XxKiIYjj3BgrqcCYvFCx8gxKHq79y+Hw1qfwX/aDnM6nu8sexZ3DThup"
    "toISdms4wYFmhBk4fk/wCdWOr3SaKt7oNCHe6DQcb6RBPLWoipcFZq9M7VDO2ZxgWHOqqU"
    "TM4gTq6lqkHNxV9tj6cFcZMTjTcLgCYjByHwyWUidiMOJjKFYCNVh3io6dkCF/RYmqwZmo"
    "9EG5cnwHtSLU60gm8zmz3ysM5iyjEyFajgGq1UJFkZV09JelZj8ABEULPAW4FqLKngLcpY"
    "cOjxqdDjMhdjtCtsiAE7yspMLKq8xGp8SMX4R8QuVYfmq1P6zwlTJrTBGiQnfKrDvRGWVN"
    "JqqsMiCzKlCRwuIryf0rwUSaQWPGNlxZI1bWjTpKvMDNenWlsrs1/EKinGPxH8ZKoBwfQ6"
    "00VtdnIxlvqinPsmhOEaI12DIKSN5k40Vf3YSqlsnGFBQUH0TuHwTVkHQoUYwc8kHasQnK"
    "lWNoarVxG8TS5Yz5HdYiYkByHxB5huRXpGSslOiX+rarJTKiyxekGxmNFkG5Mrvxt3Vjpi"
    "G3nMazW045vWUnimF+NDhGbXtE5i/OiEXQ4AItmkk0OMZ9kwxkemfA5vCCX2eqPAOOCCsg"
    "DQHryAATVUN2NWk6q16ggcCM0B8FjghGQCdvPLUuKybcBOj99D0Ye3h440ZEceu9PkkEI5"
    "SLkhdfoToa13yrUh8W2j0sWN7dYYuNQewJ2SDmuohhxVAeE/QXR6aGIOef74j5HukOKhMr"
    "yl0QuwIHxUTseYQxTSNQ2SoMySdYwyik6kYd8Utl0Vz78wXRzacFmy5ReqvvfqLWqvKWkr"
    "VummvoRkAJDBRg8KRY+jOTfnipTr8VFfFTq3V6+qF1fHrx8fzsw4fzj8erxSl8K2mVuuzf"
    "sIXK97lsViTZ4SBz6QCfUA0349b5eRr78/l5QvL181AIAbRL6gVnOob6Mt7eEOXnWpq2ba"
    "1iGCfNXcf0tdoWKJCX/UHn4fdov/BlhKns8vdRrxO0Xar/ipjYsUuL21zoPBE6TwXzyi4Q"
    "VhhE2RBu3PcGV/3BTRs48mPcv7sfPoz4NXtD5VevqOLRBgrBaIyvO/1bFhMzgSqvetTtDL"
    "q9W35JZoBoESWXDhMpI0jvZbPnixSWdT1OeId5omLVmG01zgFRkZG2zOMsslTmXrDWsZpk"
    "TVIZFhTwihyVIkflwWHON2+KSJ+Ye/rEmOU3B2TrnvUzvOdkzlC5T8Pyo0mvX2tcdQkXNF"
    "7dbCaZlFmqDiRN3HYbKRA/kzdAX2gJuCCgsw+ztIdvCJtgopM5eGZ/SvzuMzj67jtecRi6"
    "2RC/YwwG3TBt8XcsXeIzVb/s5k1eJHhmv4qPDlHIU8eYP4JMGL9iDl6pTsj+pupMbAnsU3"
    "wbQE37ninmwD5Iq/Q9WLY21tRAYILeGA3D4FlQ2GXaHXe/0V8CWPnj5Rjbrw+O2IrIkDf+"
    "sR4FVlIZvOmqiQz7NVTM6R50WLAB7ZOz/YYOCrGUjoD5fg0QH3/n1++WjElY9guz7PtGL7"
    "Vp3ydVR9t+Gkd7K97R3go52lcfRgaYvTIC5BQgO+t3tgXFI1Tc8eS4BquKz+q/zIj6SkRg"
    "vh3m4kQuTuQlPd5skcm0sLNNV6Oq9USVoRnD9vY3SDzjYM2S5FDzjUedDhg3xtbZ5OJ4bF"
    "1ctCb0z+PJ6dhqHbcu3D8nk5PJuAHosBtMrM0VcycZPIBUhaezSmnyq3Qc6HHFoNo7S2lP"
    "L7JU8tB4ZX9lJxDWhur4b0gP08EP9ypj/LzQyYIYUHsGqp31np5r5oDj/J199mFnmyMIuo"
    "QeiKg4fRhzjb2j3SIMVBPYPSB6GMIUZzo8iE7SlFT0P1ZmIEFAKsnmFn9MMdHXCItdfMoE"
    "t30ttObCs0zNiBoZy5fEu16J1ALyAiKN3dUvDHNCkhaPjOBYJE/8bQLuVRb8mGXeryVqF1"
    "5/lmbOn8VP+bPQjBcUlq2WeEFtqNpo5u18n3N3WDZMfTICVWFAEQaUw8NcF0pDVXGN4zRE"
    "QjpfkRCKYjNUFVbfXlMmY98tgjpGSu8rnC84wiFrX6BFc5O5T7PbS8gjkMLgt5jp0GDWLH"
    "OmGuuyj98ZYIEI7QdQ/YtoX5ACXpYAAnascOxsjjVszq1o4IuK3pibXjXB2GqdfGo5Jrco"
    "y14hz9zMD+CmGMEGqLCZLcFBXSczWwE2H/vDyYLwWqKGGAsTgzAxbGViEEc3cXQrqS5cZt"
    "/3cIFwl/YSpQiv7iWqwIS2kmS32UbFd4gRYN8+1SKZUJvqkAZ4sUyTosgIqERXkA6Onv/4"
    "gyfnbAKHiKoq9Gv/AjW7vLztiP7z+Z3tT6Z6KNVnGQ/3iGmrC6Qbtufdp/8W9+gxpreMtU"
    "uc3l3Qtc6gz7WYb1o1aedAsZjCPWezl9GGyRud/T+AAcuu9k8A8ZL+hT6E8Xm1lXtbhhi8"
    "uB5zFi985LS3m80gVjREf5q/93fc1c77YK255r7+6W/QWHUI3P7YsKZN4Sb85hVS6J1Rz+"
    "Jj9IiUw8VYr7SsQkH9FhRU9HWh0u62GGa/pAjiLvMos/Sn233LXkExxqUeY+HNroU3u2Sf"
    "iHBmlxtbYRERzuyS41pyZ3bJFtzK+7I7SFflWSPCdOfcaSYZ7uC6zT5Tu2YyA30rNqC95f"
    "cXSeiLSMnKPqoMCDvNa4juSSqX+EmCS/wk7BKnT4z2iSdUMydxTvECLJSHOTbnZosM6bVF"
    "bmZ//z8TLdac"
)
