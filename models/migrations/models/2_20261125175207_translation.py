"""Translation: cache, glossary, usage, pending requests."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "glossary_term" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "source" VARCHAR(100) NOT NULL,
    "source_key" VARCHAR(100) NOT NULL,
    "target" VARCHAR(100) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_glossary_te_workspa_c72c98" UNIQUE ("workspace_id", "source_key", "language")
);
COMMENT ON TABLE "glossary_term" IS 'A term the model must use. `language` \"\" with `target == source`: a name never translated.';
        CREATE TABLE IF NOT EXISTS "pending_translation" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "text" TEXT NOT NULL,
    "target_language" VARCHAR(32),
    "reader_language" VARCHAR(8) NOT NULL,
    "creator_language" VARCHAR(8),
    "handles" JSONB NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "claimed_at" TIMESTAMPTZ,
    "last_error" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "answered_at" TIMESTAMPTZ,
    "asker_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_pending_tra_status_e2ccd5" ON "pending_translation" ("status", "next_attempt_at");
COMMENT ON COLUMN "pending_translation"."status" IS 'PENDING: pending\nWORKING: working\nDONE: done\nFAILED: failed';
COMMENT ON TABLE "pending_translation" IS 'A request the model could not answer yet: kept, and answered in its chat when the model is back.';
        CREATE TABLE IF NOT EXISTS "reply_draft" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "handles" JSONB NOT NULL,
    "note_ids" JSONB NOT NULL,
    "brief" TEXT NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "tone" VARCHAR(16) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "reply_draft" IS 'A reply written for creators from the team''s brief; its text is also a note on each timeline.';
        CREATE TABLE IF NOT EXISTS "translation_cache" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "source_language" VARCHAR(8),
    "target_language" VARCHAR(8) NOT NULL,
    "model" VARCHAR(100) NOT NULL,
    "result" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_translation_workspa_02bec3" UNIQUE ("workspace_id", "key")
);
COMMENT ON TABLE "translation_cache" IS 'One finished translation or draft, keyed by everything that shapes it (see cache.cache_key).';
        CREATE TABLE IF NOT EXISTS "translation_usage" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "model" VARCHAR(100) NOT NULL,
    "prompt_tokens" INT NOT NULL,
    "completion_tokens" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_translation_workspa_c9ac9d" ON "translation_usage" ("workspace_id", "created_at");
COMMENT ON TABLE "translation_usage" IS 'Tokens of one model call, for the monthly usage and cost per workspace.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "glossary_term" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "source" VARCHAR(100) NOT NULL,
    "source_key" VARCHAR(100) NOT NULL,
    "target" VARCHAR(100) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_glossary_te_workspa_c72c98" UNIQUE ("workspace_id", "source_key", "language")
) /* A term the model must use. `language` "" with `target == source`: a name never translated. */;
        CREATE TABLE IF NOT EXISTS "pending_translation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "text" TEXT NOT NULL,
    "target_language" VARCHAR(32),
    "reader_language" VARCHAR(8) NOT NULL,
    "creator_language" VARCHAR(8),
    "handles" JSON NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nWORKING: working\nDONE: done\nFAILED: failed */,
    "attempts" SMALLINT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "claimed_at" TIMESTAMP,
    "last_error" VARCHAR(32) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "answered_at" TIMESTAMP,
    "asker_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A request the model could not answer yet: kept, and answered in its chat when the model is back. */;
CREATE INDEX IF NOT EXISTS "idx_pending_tra_status_e2ccd5" ON "pending_translation" ("status", "next_attempt_at");
        CREATE TABLE IF NOT EXISTS "reply_draft" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "handles" JSON NOT NULL,
    "note_ids" JSON NOT NULL,
    "brief" TEXT NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "tone" VARCHAR(16) NOT NULL,
    "text" TEXT NOT NULL,
    "back_translation" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A reply written for creators from the team's brief; its text is also a note on each timeline. */;
        CREATE TABLE IF NOT EXISTS "translation_cache" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(64) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "source_language" VARCHAR(8),
    "target_language" VARCHAR(8) NOT NULL,
    "model" VARCHAR(100) NOT NULL,
    "result" TEXT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_translation_workspa_02bec3" UNIQUE ("workspace_id", "key")
) /* One finished translation or draft, keyed by everything that shapes it (see cache.cache_key). */;
        CREATE TABLE IF NOT EXISTS "translation_usage" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "model" VARCHAR(100) NOT NULL,
    "prompt_tokens" INT NOT NULL,
    "completion_tokens" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* Tokens of one model call, for the monthly usage and cost per workspace. */;
CREATE INDEX IF NOT EXISTS "idx_translation_workspa_c9ac9d" ON "translation_usage" ("workspace_id", "created_at");"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXW1z4jgS/isqvuxMHZObkNfhdreKEJLhJgEKyM695MpRbAGuGJm15clwd3O//STZBr"
    "+CDdixvaq6mw2yWrYfyZL66Vb3f2pzXUGaedSeQVJrgv/UMJwj+oevvA5qcLFYl7ICAp81"
    "XlF2azybxIAya2UCNRPRIgWZsqEuiKpjWootTWOFukwrqni6LrKw+ruFJKJPEZkhg1745z"
    "9rr7rxYi6gjFjjCw2SiW7MJXY3SVVq//oXLVWxgr4jk9VnPxcv0kRFmuJ7D1qXXuLlElku"
    "eFkXkxtekT3OsyTrmjXH68qLJZnpeFVbxfz9pggjAxLEmieGxd6PPb4Dg/vK9qusq9iP6J"
    "FR0ARaGvHg8Syty2qS1OuPpVFnLEm1FAjKOmbo00c1+dtP2SN8aByfXpxenpyfXtIq/DFX"
    "JRc/7FuvgbEFOTy9ce0Hvw4JtGtwjNeghrojBDEdN0Y0xlGyAcTpqwQRd/HdBLlbsMZ8PR"
    "DzAH0Ov0sawlMyoz+PG5cbIP6tNWx/bg3f0Vrv2S11+uXYn1PPudSwr7F+WOOu6TLUUBq0"
    "1xL5YVz790xq92q5wJwE5HiIQwATdY7+reNUEHtlcgS5Zarwz6MZxNMZVPMB+/w0Adrnp7"
    "Fws0t+vGUDMVwkewnxI35NrzBso1H3SwZwVxzRI/ePMk4n9AWVPtaWztqxAfpx974zGrfu"
    "B+x2c9P8XeP4tcYddqXBS5eB0nfngW5aNQK+dsefAfsJ/tHvdTi8ukmmBr/jut74HzX2TN"
    "AiuoT1VwkqnmXOLXVR8/X6ammPXDpiV+eg2PZ1ugzdfIClmm1+Ji+RK7VvF+XH+UY3kDrF"
    "X9CSw92ljwWxHDWNOXvBr962SgbzD3cwuaXroWrA19W+MTTGKAr03RGx14DWqN267tQ44M"
    "9QfnmFhiLFIE/F1G/IUJEZhv7Kkb35MkR0O8TeJRb1a7udZYVA900GukXoTCfP9kOp72ml"
    "yihJdPuM9xxRLlYD2lRV8VogrNBGJFoDmzYge6I2sFscrxusEnZsRtMbumcm881x4Uvzxj"
    "xYAjGc8ldi92Z3cpC7R/NnrtWH2AXnSn0TvzBf19nGMNRagCA4n9P+OAJPK0XTMpFBp/Mn"
    "oJqAzBBwL/xkAlWpA90AT+y5mj8rqkmvLQH79esToHUA3dfT/2t2mXJUC6Cczx1T8CPOnQ"
    "U/Ugx+xO2OEMQJ+BGPrOBHkvEjzuck8d8pMA/KVRHvjx+T4P3xYzze7Jofb/Zf6QUt02Dt"
    "lckK51znkuxhNvQ40q+DrXlIe/PB7crmyEzpC9ambqQkpWqt6/turwmgMlfxI75v9Vq3nW"
    "ET2PsK4xH3B51ha9ynRb47pO2h8yQdFGRHPP1zLkgsQWIJEkuQWIXR3uqZkVj6K6bTE5+m"
    "dGNPBbptt5IAd+edig67fyukk32Zvh5toqLo0K9yipjFF0/3RWnEmmrzlioKFrQUlUiaPt"
    "0PqBZr5s5upYIorfl1ydlG5cazlxwuPqkLsJKw7QcZWSlsE6UGK3/TRBnhmmq6aUJjKRFk"
    "zPeE69Zpa0ybqihcBTHklBE6Ay20paQYcEL2hGzIWrpmDVUIqixNXmstM8Lq5VNB4w1fPq"
    "13u+2rjxG4Qao5swBBGGJS56akr6itz4GsGwtud2LWKO4TCBgguobCJq19Goq0VLkWDVYB"
    "fafTHoYaZ4CFkaoIRqpdmWWvfJENJrWbTnf0+YE2xgf1I/7aaffvm+AVyfr8Ebf7vVH/rt"
    "N0x3ExOGXfdxLZQdGDPyhX5I4pkuUwrcUwf0thLaU5ZUd0G4kMWI0NBqxG2IAlLCTx6FfL"
    "QhJi8ZOwzOwkyL7ksnMKqWS9n2gfb3tA7QnQ2tWqihDlbaEoJUj5mShKCc+b2ShKiVb+Ro"
    "pSwiROAYhTAIdHSZwCSMe158qylxKpgtDspcTujXj2UmLlGV+STGefCNIlDWCe0dV2W6s6"
    "bJYJp4eD7cFtrSqwpTLreHb/dLqSFrqmyhtWiz5GY53+k0ADoM0NVq1VyGKWwgjmqtNRYW"
    "XWmvaGyDKeSnkEl2F/U51N0VCkdSogxdXFGq0TKGfeNUZEebBlYegShq4DG7rG3S/j/hfa"
    "eeoL0V8ecbc3Grduh637JlDZy00NOH/Ef+8/jB+uOk2wpOqE9VwQg5f9eaQxwawlitwpux"
    "q5sjhH5JmCUuNcZYNiFljLuoVJlOYZD7RHZCeUC7aNCNgVk1gV422KoSNxaOrsv5Kiu5ao"
    "HriHn45ttFIfpA2IVRDpLOaKN4k6VmiYDx9pTIN4akUqzhuC53lkqofxgUPnoTlUtTTorg"
    "SqB23jLMn4pbXiF7yz0Aie6Jqmv0Y7AqjTWC3RJ7bTadOiQW2ri58ajZOTi8bHk/PLs9OL"
    "i7PLjyu9MXxpkwJ51b1lOqSvI1ylMmAd3lWDXAnn6C62MHRzgWRSS9cNtcGwPxp02uMmcF"
    "vgPpLjVnvcueZekgTK9Fkf8bAzuOuyMkaAq6yk17ntj7utcbd3S3sPTXWiQkL78hFTNbTD"
    "qlIdFLGao9b94K4jjT53BwNWbsL5gioZ5kxdLDzXh512p/ubp4KBZKR+YzXYM3V6Y2nQH6"
    "0eDGEiMScmdn3Q6tLSBVTp39ed9l23x2opSNZUzK7ffnYEpzNH4uqu3/7CSp41XX6xT/2k"
    "/vITffgbvvvQZ0+HTsQX/9dRvxezMXDqB33lVJmA/wJNNTOzLdR+nlhYZuMIPFuqRjvePG"
    "L3+zXlEExLVEZBzfBhLa/c5FyI3923/hZEv33Xv+KQefzfWANXwo3xD+rG6O11a6Hs2Ot+"
    "SdHrRel1FyNPt4ddLRiNny60h1ekQhutPXl5ETElK2xFxJScI6aE5ocDoJvYL7tgk0NSZL"
    "2Tog9V+gCg93B3lywQjfBdFr7LB0PrDZxyS/L1Cp9c4f1XomP2fEqPcC9yp/p43yLs1jio"
    "Y1HIY8jjwuShANL5/2widyvmApQLpxvvKPRCX35XiteVzZHhdcdwGnaXXuvQTqCSj/h62L"
    "oZN4HizjhvnXsJfY9gWMa0NIbodOpXwiNlE3PS+dt4M5W5Ik7u+r1bt3qQ3xRU5gG6otgk"
    "Vpi7pBdnekoayycjeKwwj+Us6ulQ9QsJDkvwg4IffHuYs+MHPTv/PfGtXlSCILr+uXE7tv"
    "YKJcjXrcD6lvLU7GuWmruXZYxQ4AMkZLwe7yU+E+nztdaCnXX9wFMscWkwU006+pZNHtPO"
    "1C1DRjwT08TCmN4PQKwAtpf9oOIPXCIiDdSBGk3CKfjmbvvNbVaBHTnyEg6eS4JwKCThMD"
    "H0ubSXZ5m/hQJ7Ugq/sqL5len7jTyvfJEpGDHwCjbwPOtSaOhtoZ58koJ6KjT15HbW8zIl"
    "URKUExSUoKAEBVVObAUFJSioUqCbloJar1KChtoObnBJLxQVtQpBGcFDecNTxpNQvliYGX"
    "uU+Nkf4VNSdIoHyq7TV9JzsWuJIqvVybsh44PdBBr0c0kD8FpCRO9PEr1fQSTyaHf8GcS1"
    "RDFOIbLbilOIwnWnTPwJXQZSe+7Ie6r3BdtfCu2+2NgK7f4NtXv+sQvlc7sPhByj17+13j"
    "kwdBmZJlI63xB/+pD2GahR36SDLty6ElpVTpQzUEGKtUDgBS3BO3Q0PQJPc3Pa/NlO/fdr"
    "8+c5bZX5WKjKr0/v67TeggBIgIagScAlmOmWYYJ3TsJAAxF2rIp7OvzvAszeR6cXzOGeWz"
    "MR7p2AUOjQeenQmwO4RvdAWYK27qjoHT7iX8qooNUNByoy4OU6xZRdZwttgt9mN7E6ixyx"
    "j/CeU47fQSjeWom2DmzAKUC3yLNuYQU4q3bTyQv8CjWNVwF/AixSJYAm/d8LUurgSaFLMy"
    "RPQMXgYdyuM59JYtlOkfQRTHqP6I1D5ndMQsHbovz5eKOxQeDrwK0rIr7nGvG9XAc5d/Bp"
    "G3buu73rzpC5qs1Z28Yj7j+Mh51W+3MTuAf3H/F195ZOak2gqFNk7nTI8/AbjfXns0v3rK"
    "XzjKVo5zJKySDXBp3eNfccdOQf8cgtMT0lY/6TPOKbVveOuetNoKpxj8BWr92540UyA0Pj"
    "paMvrovhC/ctLEavOlNhys3NWkqw0YXb2fjCJ7MFVmILbBolwS9V5Bl1VzXsU5Lv6FP8d/"
    "Qp+B2ljQO+VwzwYoN7eFuxs9NLsePySORH+x8XetvloaAJQfNFVNib0Zx+8/F2Ko9cfqh+"
    "zBbVk8bF+QpQ9mMTlqP71t1dhFuvBpmCswtL4JM8wGJaTLa/Emsp2+zt0MUeMdG/Re5fDZ"
    "pEQoYRZZ7blGzCK1U5z6SzRKzq2QZW9SzMqrp2IgNN0kAdEKsc1seNJKGZaK34fWkjFJ7J"
    "JGiRdqF3ZcQi7wsYaFKA0nqF+qWqN2QzyGBFAfu202YqICpW2yKvtsUPG5fZJ7SpG7MIGm"
    "eHsZCiEY+fugJiFQA+h61NuQzG+bJE5cw6kSTXiDyDJPVxaSL8UreclN7lGHpQTjhUF+cY"
    "esVhde23KdPP+KUEsBHAiqQ+4kxFsbEVZyreMmLCLGq7nT5cgtNMRXH1bDmLGYSiYFNuVj"
    "EoRAqqZLgmSEEVrTEIbJON2QShPZLlFUoNb4rkQiUFOLCrj54V3sblfAV+hMu5t2PiXc69"
    "IyGZy7kzR/5krpxcgYloh9JRAt4xcxM4Br+AiWqYBBDdkmd1FoAXAzsL+gdrYb4HFiaqBi"
    "CP8sjC9eoLE6gk2uE84/vtFvFFF67lme7B6yDetbyE3sssoMy31JmCWu1x97dOE9jSj3g0"
    "7jtux3QA85Cm1/0eva7oGEW7Kgc/qLdyNy+D3Tpjl79D2K1Zv0t0+jHTGa4DYpWz/hzeS1"
    "WYfuKhr67pR6SZr1qvR7gvhLKHCoOfMPiVDVwRd1pYUQqOrbCiiLjTpUB3h7jTwkKVgYVK"
    "8P2H5fvjGWlvXFkecERFEXTalSN782WINBjj9h4R3qQaqP/Ig7YfaBDXNlD3/Ho9CX0vLd"
    "yq27PvsSRMVIdCCniGRJ6BV6iyhEo8ehvFYaIa8zqwA8YDVsTJxL+AJ5WgufkEZjp9RZ5T"
    "T9bnC4t2NA/4Ykak5MvyTtt5e8HKC1Z+c0wRZ3Sm5eUHw/6gP2JEu9sCTx120x3eO1nD2M"
    "iOCx9SDE6ef2Lh3ooPKL4SKEY8cXa/ysQTF6c6xKmOAuyFSkryilMdguStGLiCjBRkZEEU"
    "4bpw6RaEWSEn3fwIsyy5oBHCykDXVDkybrDnan0TD8SCWUqLdcUELBBBcP6TycNgglfahf"
    "prnYXm5XTLyuXSjurLN7bgXsUWQSaAE4IM58pcVbA6nUW4bmZxA8H5FIvzeUXoRYHLGNYn"
    "Zo/ikclRYz2uN+on+aitjWTB6zfErg/qrPbXI9GJ3IhYSTc7UgZl89sTnp2WIBSQAw+Kil"
    "adCFgUGas6Q1jPz0sA6++WishuAzYgmqMDcKM8yO4wXn2C+aF6elkCUFkcb2lGt0/Rq9mV"
    "rmsI4hgWNigbwPaZCmcFrruZyJcDv+r373y831U3GLro4f6qM3x3zNc4Wkm199ph4KdwIZ"
    "mI3lqJgD12KAek8pwiMh7MB2OQ7NNP1kJKuz8LCea4STupX+SzRTtNskU7jd+inYa2aMJ3"
    "PB76cpoVkviOF4qnLb2qGWJp0zAyiRjdPkZjnf6TB5/7pt1xWDb3cGzXraabJjSWY2TMax"
    "F8l+96fRPjNXVqSsStmojzMuacgOINgrllEmCZ6Ag8aRBPLfrMT+Cx9lgDryqZgSc7TT34"
    "5Rdgm9qfmgAC9sQAo2/IoIhCbGpsTETzX1neLDK7pm/oO+4BTppA9577ZdwUlNm+blK8U9"
    "JsyNYSFUwwcpzIxeN4g4vHcdjFwz/wU3rTVDerZiZY27NWGpzXEgLjZBivpu4UKHtlKucY"
    "liS2fnxk/VBcfeEStm0fWUJdLcIHTHgsCY+lsmArPJbe+vikcK9JBm+x3WsGdpbXsaM82x"
    "iEaIeIWvVN5IOTTVYiAYEEFITBYpexUGUrYkDWLU0BWCeANvZKNf0lIk3wghakzpNj26VI"
    "Yc4zKjHZgSkCXlmIs3UbqgkYXlE0RPY3TJexG6PvLIkazz/IU3enIiCu1OkfhYP41GicnF"
    "w0Pp6cX56dXlycXX5cLSThS5tWlKvuLVtUfBuvfTJ4R6Nfhqzdu2p1Bz9+VfyUOW+kVGSR"
    "NMdmHKRd1OgI0Z26oGBru394nzQSDO+TRuzwZpeCmb+ggoydEI8QrcSgz57B0HcDPEq2em"
    "P8wIDP6D5Ji4qaEH+A1iMijtBunuN3OELLvcXTMaQrCTG/bBvuZTzcb6toKcd3bdDpXXd7"
    "t03gyD/ir/3hF17CeARe4o26e9Pq8uP9E6gW5my/SApfO6x7aFBlDeG62UoQIS5MBcU2FW"
    "iQdsJOFiGfpMhbW+ReFlnic1EGhXn1D/E1uazxDv0cEBWzZqH72XxJm8HRKyKM5xGxVER0"
    "GuGOUGhshTuCCKBScFxTBVDhK9IBMK26c4d35S6UX8eQZXK7NuCE1CL8OTxX65v8OHg+OE"
    "lZVUzkv8FSyL0aKiE8yZzhBjMxwcTQ7QMfTuSTZ0NFk79wFwpmv2U+E7RVnR3r0AkCOgY8"
    "mx3b0moqRtHOG5neTQRUKdbpEGFWKphZiX06dPpL1SNeGdElB+8SPs+F+yPed2YlUAk7X9"
    "7OM+U5fFJW4yrRcTqfJKd+jtSz+2cu8Apvu1JPGGx/H3SMTjxVR8hWwMKSdxcIi8tOXVE2"
    "Jl4caBN5FkuHq2DmBTNfULJT5FksVJ5FcQizKocwPecq21CeoVoEZR+qU99E3Ht0BEleVd"
    "9K3/cxAhMVq+aM5ZJbt8Gyz3ErQB28oCXLV7cELOgSHUssXx1hByDNGaSzL1AJeGciBPhd"
    "j/i/LGbM+zB7n/XNtkeAYrFs9gr3JE5bsmu5nLZMF6youlGKzk8TsD/np7HsD7vk33GKg6"
    "wZUmtO1KxdWOIIUXHuzI93mCt++6OsxR7hB8abbz3SoLwSqCC2mQQ3M5DpWBaSksRriUpg"
    "LMjhUnRF2chhwbMJnq2gZMUOQaffgqp4MOF0G1Vh16knpSqsVfWtVMVYf0HYBPoE6HgVuA"
    "ky2JkXoB2ICZOZtgS8UR64SaZzCFggA6wQDrMSB2w3Sdwn37fhWUBE1KeC8hBCWc5OWRba"
    "RNbaxMLQ2SF7wie5FNuekJzY90TZxClIdJ1mK1lqhCNlBcobMqsLBU0oaEJBEwrawT+fUi"
    "toLWSo8qwWoZY5V+qblDG4rrNNA4tHVZyaKtapqW/IMCMdjeM31h6RCm6tG2dnCbbWtFZ8"
    "Dmp2LRBVjH5UKRB2qlcQ3UwUF3pHgnDEji/+nJlHJP9jZm+zyTvYgbLQZiHPxezH/wHquk"
    "YT"
)
