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
    "eJztfQtz2ziy7l9BqW7VOHU0Obb8SKKZnSrZljM6sSUfW57ZOaMtGiYhidcUoOEjjvbs3t"
    "9+AZCU+AApUg+KZFC1m0lINEh9AIFG99fd/9uYEQ0Z1vurKbQbbfC/DQxniP4ldL0JGnA+"
    "X11lF2z4YvCGqt/ixbJNqLJextCwEL2kIUs19bmtE0yvYscw2EWi0oY6nqwuOVj/y0GKTS"
    "bIniKT3vjzz8YbMV+tOVQR63xuQHtMzJnCnqboWuMf/6BXdayhb8hi7dk/56/KWEeGFvod"
    "tC29xa8r9mLOr/WwfcMbstd5UVRiODO8ajxf2FOCl611zH/fBGFkQhux7m3TYb+Pvb4Hg/"
    "+T3Z+yauK+YkBGQ2PoGHYAjxdlda2hKP3BUHnsDhWlkQNBlWCGPn1Vi//6CXuFH1snZx/O"
    "Pp5enH2kTfhrLq98+Lf76BUwriCHpz9s/JvfhzZ0W3CMV6DGhiMGMZ03phhjkWwEcfpToo"
    "j7+KZB7l9YYb6aiEWAPoPfFAPhiT2l/zxpfUyB+LfOw9WvnYcj2uodeyShX477OfW9Wy33"
    "HhuHFe4GUaGB8qC9kigO48Y/p8pVv1EIzFlAToY4BrCtz9A/Cc4FcVCmQJA7lg7/83EK8W"
    "QK9WLAvjjLgPbFWSLc7FYY7zf0MiXkVXlFizyQR8QKRL0YoFvnFxmQpq0Soeb3xFgj0yTm"
    "JmgvBWuH9+4ntmoiBoXi6kZhpK/pHbZoiNEOS0ag1jzR9/5fqrhP0h+oDbCx8JSiFOiHvb"
    "vu47Bzd88eN7OsvwyOX2fYZXda/OoicvUo+lEsOwG/94a/AvZP8D+DfpfDSyx7YvInrtoN"
    "/6fB3gk6NlEweVOgFtDf/Ks+auFPzNdZhTpRotoZFVuvgFZhmHeggzKtfvwqVEFDx4Mwzj"
    "fERPoEf0ELDnePvhbEqmh/9g45vwf7qhjM//Ynk391NVVN+LY8EMXmGEWB/nZku2t/5/Gq"
    "c91tcMBfoPr6Bk1NSUCeiulfkakjKw79pSd78+UBUT2f/ZZE1K/dfhY1Aj20GBDHpiudOt"
    "0OpUGglzqjpNBzId5yRvlY3dOu6orXHGGNdqLQFthyAdkStXu3x+Gqw7pip+kTZNnbLlu8"
    "k7pCZOuvNlX1rSmZb4nTI+3iimCM1IxTytu1KgWXPpsT01acuUGgtiVgPd7XE++qpnCpBj"
    "T1sa7uYtm6CvZV18+R0OVeUSki2+6MtJ8r2rZOODFdlbRIQEcNaa/xW7PWLHoFYjjhP4k9"
    "mz3Jw+sOzV64IyLmEPHuNNNcIrNVm3VOkUYH2AjOZnQ83oPnpW3csZBJFfVnoFvAniLg3/"
    "jBArrWBMQEz+y92j9rukXvLQD71y/PgLYBBCP6f8O9pr1vRFAu5ok5XDrek6VLpxwuHX84"
    "YhBncOkEZKVLJ5tLx/ucFP7vHJhH5eqI9/FxFryPj5PxZvfCeLP/5nU3BGX2hXOha8n+YT"
    "ZJkp+yi51ZzC4XgtuXLdDNQPUs2qfr3ciBeKNzfdfrtwHUZjoe4btOv/O5+9AGrl5hjvDg"
    "vvvQGQ7opdAT8o5QFm/QSbIz6CTmC5LuiWTopXtCuieke6Ky7gnyhunyxJcpYm5rY3B7qa"
    "k1BhN7Wx9On3ZRU3ToVzlBjKSGJ9ui9Mi6uuI91RQs6Gi6rRhksh1QHdbNrdtLDVFaeU4V"
    "T40qzINacbj4oi7ByuJH3cnMyuF1rjRYxTudqwjXxCCWBc2FYiNztiVcn72+hrSrmsJVEh"
    "d9FaEz0dxYKJoJx9u66R9YT9eso5pCpcLZHNJz5I50iSuvu5qi5VE/dqR3ZaWAVBGpOVzM"
    "EN4VVPdubzXFSrJlJFtGsmVKA9gB2DJVmVf7JMus7NMCvkzIeJ1MmQnZy9ezZgYYgRukW1"
    "MH2AhDbDc5CeV3dEVmQCXmnDNWGI+FB0ACBggxUJwMs01HQo6Lz4VgDdA3emDC0OC+Y0lv"
    "KQO9ZVOfdFC+zFSLxk239/jrE+2MT+oR/r17NbhrgzekktkIXw36j4Pbbtufx+XwRoe+E+"
    "EAiSd/VK7MA1MmzlFerlHxHKOi4mwzUV9aKdSXVpz68mJCnIs+txSoHb57oRZJ7koy+vXi"
    "rsT4FVn8/yytyLaHJS+lTcVGP9MZyeWmbwnQigRfR4iK5o5UEqTiyCOVhOdg7JFKolU8fa"
    "SSMMnIexl5v3uUZOR9PhZEofyHSiJVEgJEJbE7EAOiklgF5pei0tVHYNTKA1hgdl35vdUd"
    "NseCk93B9uT3VkfYloSbLc+F2Yk2lYZJmZtEc9StbTFed/dub7VFjbD3J+ZOfP3BvuoKmM"
    "zlk5nJtaXqlZnBVUmQNAQ1Q8fbH6ndbuoK0wGZbpXE64BUt0ri5dpLxwZ524W19Ib2U1ek"
    "JCswJ2AGgiYLCUbfqCppbLvQ37q9dd3O6oqZzDu2IyplYIVDWFPmxNDVFAviAKMhoX9kWO"
    "dod/fL3mrCUhWap/9yiA13AZlvpP5vv8MaoubpaXMTjZGJsCj/RH7ghvrrkLzeh/qsCXY5"
    "qc6+U19UKWnl708plhRoVES9JPb3KcSagYQc5IgUV8IatE3kOou+NgXXgz3HbrqdLaWbnK"
    "v8D8l6lqzn3a8DjWHvy3DwhQ4eX/5GuNd/HHY+P3Tu2kBnP25iwtkI/zF4Gj5ddttgQTcX"
    "56Uk7Gf3KxIPkXj6ryTKPCjZv4L9c0YDK1VunOvMLt8LP5c42Ba5yZOBDohshHLJtI0IyT"
    "wLxTyZYB7LrIgmnrKWFd2VRP3A3f1y7KKVOx9rRKyGSO9jrThIvb1Sw7z7UmQGxBNH6OVP"
    "KRsZkKkfxjsuGolmUDfyoLsUqB+0rfMs85e2SqlcGJvB82nOJWIpUD+AT7OoE6fJ+sRpTK"
    "EYE8Mgb+KYEH2SeAYPiW2UErZsOLuH8U+t1unph9bx6cXH87MPH84/Hi9P5fFbacfzy95n"
    "dkIPjYN/ZI84vjY9ny+FC4wcnJvEmiOXiZPniH7/MHi8714N28DvgYcjDztXw+41D0i2oU"
    "rfdYQfuve3PXaNcSF1dqXf/TwY9jrDXv8zHT00IbYObTqWI0wP+V3WlJ7wEWv52Lm7v+0q"
    "j7/27u/ZdYu7aRRrqs/ngfsP3atu77dAAxOpSP/KWrB36vaHyv3gcfliCNsKi2dj9+87PX"
    "p1DnX69+vu1W2vz1ppSGXuf3rt86+e4GTqSVzeDq6+sCsvBlFf3Yw6udfVTMtqyqoaW1Tp"
    "1BF88f/1OOgnqF1e+2jYpK7a4F/A0PfHo2n8PHYwZwuAF0c36MBb79nzfsk5BfNai0VQM3"
    "xYz8uISR/io7vO36PoX90OLjlkgVBI1sGljGjNvCjXK6I1OOrOXNtw1MOSctTLMuo+RoFh"
    "F8Vwoc1GPSy5g1Evmf5V3UGOf9vc55WvykJQpEbq9Ja+LVm8Yl/YxpIryOIV+y1eEVsfdo"
    "Bu5kQMJVscsiIbXBRDqNIXAP2n29tsNUFksgKZrGBnaB0gCr8iX68MwpfhvjJGrjyAyQCw"
    "DCB5jFlDx6+7yfh0S3uqK1gyWm43YQE5acdc+RRwjn2lNJlwjP0WO2Ubx2jEAV5zwCSdj+"
    "2b5mysGeG3EB9jMi34VU9KULre5ejLFuhx9OdwHm8jvdelg0AlR/j6oXMzbAPN140OTBex"
    "0TeB7XdIryY43rz2teCfphl5u38fprvWljbe20H/s9886m+TrrXv0N5Ob05JToN7SEZa3O"
    "MWd29Tz4dqWEha26UnQ3oyDg/z/jwZAc1/S3zrlzA5im54bVyPrbtDSTfRWmBDW3luP9E+"
    "T+5Bf4jgAB9xlySf44Mumkzn+UZnztJw/kiwsQBcGkx1i86+RZuXM7KIY6oIjIkJxg7G9H"
    "kAYg0wXfZHHf/IJeLlknbVaRabQmjtdn+5a1VgocZBg0PkVpIc+4xMMlOWpFmqT67Yt/yO"
    "7n1Ffu/RRwUlUh8bfpDoJfij1gnSvywUC9H5T6eatKaU05oSHrJNbCrhHkocsyBJ3GUjcZ"
    "PtZl5Qvsz2JTnxSjbxIltaHrtaSFLa1UptVwurRXmGOSwp2cplHuWQmhk/bRoEJiiSUcHI"
    "MI+ZZK2G9nrwdHnbBfd0B+g99rxQoOVY8ptcb//L0N3z50O3c5uwdL4sclpWo3LSZi1t1t"
    "JmXU1spc1a2qwrgW5em/Vql5J26/XgRrf0Utmul+X0BIbrYKm9ZKt1qK7fniloYbOvJKGV"
    "3WwKl/n/44arBMKGmsAqLZWpKvsw7Dnvkw1N+rnkAXglUbtK5Hup9K4hW5j5KTmJxkqiHG"
    "k02GNlGg3J9auStYpuA7mpfuqWx/uS6ZfydF9ubOXp/oCne/6xy8PnetKUmnCuP/S5894k"
    "KrIspHW/Iv72sdNnpEUz7Qw699sqaNl4LXlqgBHQkObMEXhFC3CE3k/eg+eZNWn/bCMMsf"
    "1L++cZ7ZWRsnTtl+d3TdpubgNoAwNBywYfwZQ4pgWObpBuTR1gIptFjHNq1P/7AKbv4tyq"
    "gp4pLB4RTPQvKhQhz9ClPEOn13cQj0BVajpseNDbfULwnEUD6lstYC9n6God2opcYqp+Zo"
    "spwYfRJpZpVgR6RDAFS7IGoQVbZVId2ITTAHHsF+JgDXi7dhsYRIUGeIOGwZuA/wAskT2A"
    "Fv3fK9Ka4FmjWzO0n4GOwdPwqslI1rbjsqjpK1j0GWLFYe9PzGKCd0X5+/FOE0tJNYHfVh"
    "aEKrQgVLUivzfgiT5073r96+4Do3/OWN/mCA+ehg/dztWvbeDnJBrh695nuqi1gVtGfIRp"
    "n70rN2JcV0tSGGr1OW0yXCvpIpODI6wxyHKO2n23f83ZuZ78CD/6V6zAlSH/Jx2tm07vll"
    "Fix1A3OOu207/q3vJLKgPD4Fcfv/g03lfO3y3HqHpLY05lZyUlrdOl03RC1VbYhquwDTfP"
    "oSEsVeYVdtNj2acs39Gn5O/oU/Q7yls2aKuSQeUGd/e+Y0/zy6GBBSSKcwOclFoNC5ikbR"
    "vN5qJEbI8z+s0n+60CcsWherxfVE9bHy6WgLJ/pGH5eNe5vRXQfA3IDjybWA1CkjIuocx7"
    "KVP2NhjigJgc3zKPrwEtW0GmKXLXpdWmC0rVjql0nsnKep5iZT2PW1l9v5GJxnmgjojVDu"
    "uTVpbcbrRVsl7aiuV3s2w0z7vR+zJykw/lRrYoQHlZomGp+k3ZPRS8pYB93UiZiojK3bbM"
    "u235807u7RNKG8Z9ZJ108+AoYsSTl66IWA2AL0C1qZYDuVgrUTXLqGUpnqdOoZ07fNqWPN"
    "U1kdObhKVH5STBujxh6TWH1ffn5qy0F5aSwAqAlfULZYxFubGVMRaHzKAwFanb+dMnTDPl"
    "B6oqrgGVs5xJKUq25O4rJ4WstpkN1wzVNsUnBolttjmbIdVHthKKueHNUUexogBHtHrxqp"
    "BMQQ8Q9DgldNsKZ7yT+qAdyXtQdBW4qqC0z0CG5ScsCGQIft7JgQzB9SRbIIO30/5gLanT"
    "wEJ0COhaA46Y0xKcgL+BsW5aNrCJo06bLA88BmNiGOTtR2duvQMOtnUDQJ6Pl2WNJ3ML6L"
    "Y4jGHPz9ssjxCRAQuJX8K+AxYqyIFnaYq+5i5Y17ka9n7rtoErPcKPw4FHXqcTmCefvh70"
    "6X2NYCQmvEc/qEMFLVSB/bBn4ugu2A9s3BW6/Fj56A8Rsdr5EHfPdZYOxGTo6+tAdObahq"
    "MelpSjXpZRF5Bg4iXkpdtYuo0rBq7MZi59cSXHVvriZDbzSqC7QTZz6efcg59Teo126zXK"
    "5Ndw09jo25vtV+lw6oF6IWb7ewPiRorpnt9vZjHfK3O/6foisKxcHj1DIQ28QFudgjeos9"
    "J3PCcgxWGsm7MmcMsQAHaJGxN/As+6jWbWM5gS+hN5aVeVzOYOHWieRsgSVIbd55PW2+2l"
    "VV5a5dMz03izM69d/v5hcD94ZIZ2vwde5PGm93Dn1XdkMzspCU05bPL8E4uPVnKa+qVAOb"
    "LUs+fVJku9jA2SsUEl0IUqauSVsUHSyFszcKUxUhojS3IQbsrAAGkwK+WiW5zBbJ+2oEeE"
    "tXti6KowG3XgbjPNDsRSoirzVcMMViAbwdkPFk+mCt7oEJK3Jkv4zM0tS8qlmyuaK7bgTs"
    "eOjSwAxzYyvTszXcP6ZCqgbu7jAdLmUy6bzxtCrxpcJFh9EnSUgEyBJ9aTZqt5WsyxtZWt"
    "JEJKRYTomdX9ehS6kJuCnTSdSBmVLU4nPD+rQEIpDx4kyoGeCVgkzIC+R1gvLioA61+Oju"
    "zNJmxEtEACcKs6yG4wX0OCxaF69rECoLJs8MqUqk/i3eySEANBnGCFjcpGsH2hwvsC11cm"
    "irWBXw4GtyG732UvmgDr6e6y+3B0wvc42kh3de048BM4VyxEH60JYE+cyhGpIpeIPU/mnV"
    "mQ3OgnZ67k1c9iggUqaafND8WoaGdZVLSzZBXtLKaiSe54MvTVdCtk4Y6Xyk5b+aNmzEqb"
    "xyKTyaI7wGhI6B9F2HMPOhy7tebuztr12SCWBc3FEJmzhsDeFbrfTLN4TbyWiu03zWTzMm"
    "fcAMU7BDPHsoFjoffg2YB44tB3fgajxqgB3nR7Cp7pGWSCbPC3vwHX1f7cBhCwNwYYfUUm"
    "RRRiy2BzQmz/2ufDhDVbQ1Pfowd4xSf9Z25Xx1WazLalSfFByaOQrSRqWKbmJBPF4ySF4n"
    "ESp3iEJ35ONk19a7XuBWt31cqD80pCYpwN4+XSnQPloEztiGFZKjQk12eIVWeQlLB1emQF"
    "z2oCDphkLEnGUlWwlYylQ4dPSnpNNnjLTa+5d2sFD73Ds4tBzOwgaNVMMz54NYkVOyKQwQ"
    "RhstxlLFXZ0jCgEsfQWJVpQDt7oyf9BbLb4BXN7SYvue5eRRojz+i2xQKmbPDGUpyt+tAt"
    "wPASmSH2/8B8deAx+sZK8fEqlrwgfC4DxKU++V5sEJ9ardPTD63j04uP52cfPpx/PF5uJP"
    "FbaTvKZe8z21RCitc2deHF6FehFvymp7qdh1+Vv/DSgQ4V+yi95FoclE2O0QLRjYagZHt7"
    "eHqftjJM79NW4vRmt6L146CGzI0QF4jWYtLv34JBNgNcJFu/Ob5jwKdUTzJEWROSA2gDIj"
    "KENn2N3yCElrPF81lIlxJyfVk33asY3O8e0XLO78Z9t3/d639uA09+hH8fPHzhV5gdgV8J"
    "Zt296fR4eP8Y6qWJ7fcOV4LxSmeIBuVk1eEAoNEjawzXdC+BQFy6CsrtKjAgHYSNPEIhSV"
    "n9uMyjbEDLVpBpihLlpXlWg1K1863u/jAo3avfxdfkW403GOeIqFw1Sz3O1mveOqBBEek8"
    "F+RSkdlpJB2h1NhKOoJMoFJyXHMlUOE70g4wrTu5I7hzl4rX8cAquV2bcGw3BHyOwN1mGo"
    "+D14NTtGXDTPwNVkLuzdRtmxeZM/1kJhYYm8QN+PAyn7yYOhr/xCkUzH/LOBO0V8LCOoiN"
    "AMGAV7NjKi2reSgmb+z1aTKhSrmiQ6RbqWRuJfbp0OUv14gEZeSQ7HxI+DoXH49k7sxSoB"
    "Z+vqLJM9UJPqmqc9UmOB8nyWtfoOnZ/2sh8Eq2XaUXDKbfR4nRmZdqgWwNPCxFD4H0uGw0"
    "FFWzxMuANllnsXK4Ssu8tMyX1Ngp6yyWqs6iDMKsSxBmIK7yCqpT1BCY7GNtmmmG+8AZQV"
    "GXzdea7wcYgbGOdWvKasmt+mDV57gXoAle0YLVq1sAlnSJziVWr85mAZDWFNLVF+g2OLIQ"
    "Avyp7/mfLGfMu7j1ft8PW58BiuWy2Srdk4y2ZPcKibbMl6yovlmKLs4yWH8uzhKtP+xWWO"
    "OUgax7NK15WbM2sRILRGXcWRjvuK348KGs5Z7hO8abqx55UF4K1BDbvSQ3M5HleRayGolX"
    "ErXAWBqHKzEUVTMOSzubtLOV1FixQdLpQ5gqniw4WWeqcNs0s5oqnGXztaaKIXlF2AJkDA"
    "heJm6CDHbGAnQTMWF7aiwA75QnblLpGgLmyARLhONWiR32myXvU+jbCGwgMutTSe0Q8rC8"
    "v8OyPE3s+zQxNwkLsrf5IpdD7YnJSb1H5BOnINF9mu1kuREWykqUUyqrywOaPKDJA5o8oO"
    "3886n0Ae0KzuaQjlhDcDBb3mumHcjUYKt157BkbNe7X9nbKVv7YL+Xg8/egqr4f3Mo3X57"
    "qXNn07mX0zwnxrLUTu6zjeaouWrtBERqQKOPllnPVmc9rdB6DOMZNF/zlTNaSdTPeZ0lFV"
    "RyJqhYIqi5Ae0xcav1xeFdn0cyKF9isOnp4Mtw8IU+Tn+lR90R7vXpWeHzQ+euDXT22yYm"
    "nI3wH4On4dNltw0WxLGdFxS11B7GRKUhaLiobjhIoQ6KzPcJdS3nwtO47/Su24BJjnDn5q"
    "Z326MHwzaA47Fu6PQFR/hz72bI0ntO9LFdlvSeZDxGpiKOaUtep8JStdsNzjPtBucpu8G5"
    "oJCgDU3bUkQxbMwQk0BrCgql2WBKs2DtwvzCTCoR9BDW8mIXEPmekZMWwOSvvprFxL3pKM"
    "P5DmVUl9ZWaW2ttLVVhkYdLDQqZoIR+D0vPcmbLw8oMXdBxEx9v7LO1GRqR7zF7P3pVsp6"
    "3xayYF/1mav/LsJT4k+zFIdJYCau95soAatilox5XnMwd3gknI4BBH5f4GjUGDkfTuEL/f"
    "PswzH9U31BI+f89AyBxy9PJ61T8H9an95/GjXe/cTZafRik3apqy41zdDxK4AmAoQ/ERqi"
    "LHoHeAOZWU86gUqz/BRgOLdenTzwes1rZ4baffQiX2gEZgCk6jNoJLl9dKHGp7lC7z3hyu"
    "6jQjNK96p317k9Ojlrui4JerLXXR3Px/0sNmtVxzQRVnO5LoMyJfZCbDiBTzPM39Pk4h9R"
    "gNnmmAdcv33tFoa92KelnTAZ/RrbCX09PJ+VMCwlDVnSSCiNhIeHeY9GwgDNcUuAg7zKmu"
    "IbWR5LxXgN2b5EVpyocSzFhhNrmsGA42Xu+sECjNzRDttPmsALGwy24oPIW4O3KcLg2W/9"
    "zMoSsN8nMtPs7Tn5AxX9CU+b/RnM8ra6Ic03RZpvJC2p9LQkC7IAr60GKdJFiU/XjZuHLh"
    "2SsYnoaDx0b576153LW3rFRGMHa/xdSjEqKpnNdMtiYXdzZKoIi46KabYkcQffoWHpPIdd"
    "aazT36CMUV7DXUjuO8RYGu/KZLzzlmNrqs/nG1mZhB3I6q5ljkr1hsxEKtK/bjPokR7kqJ"
    "d51OlPs+nOrmj0lJSPsRuX/K6Jux4abHw2s8uLOpDfTqm/HemE+Q6dMM5c23DUw5Jy1Msy"
    "6oKPPU5pPJjrrWQLuKy2Uw1cpUdTejRL6nGT1XZKVW3nIN7iku1qu3AW5wwogYsZwtsGlN"
    "y7vdQH8GhKAo1VrN8SpGuvmxqhtE/WwbU+QZYwaMS700zjGWirNmsJBiz+4uJFHY+c87OL"
    "jyPnDB0f8z8hj8L4+GnkfDh+oX9etD5Cv9FFC56z29oJ/bN1SgU+jrVPTKxF23wYw7MR7V"
    "uFGqJrFfgP8AYNA7ADFWMVPP+TYPT8E3im762zykucLsDIBXOENVaECaNvNjAdHKcplP5t"
    "85Mdpu5RlA4S7V4yG4plNniDnsuJtRKpYXjKjiu4vCH0qkGBk/BxRj+y5BPQSqy4w8/xfu"
    "fwaevDxXL6sn+kzdzHu87tbfxASTFRyFjhOeLzYhqVLQ7Yk/IDO9OxYyOGzwazNSZcHLTn"
    "ZxWYtWwHzbPC+u1ruLzuPkLN0xviyjkhBoJYjPBKKILxC5XaF8i+3lCsR+tyMLgN2bcve9"
    "EyTU93l92Ho5MI9SU+j6mOlyfnut+8NjvYzuyiXu3BvEnUImIySk1GqX2PrrJMUWr0VJnT"
    "nbOSkP6GlLoQMj/YHsD1bSv5oI1ISWClB1J6IA8O8x49kFOREpPfQ+Z1U1NcAxu5zGW3W2"
    "Qz5rIT7Ww7gPc60FU9AY5s6Lk9u/v0yPleXoFLLuAATvbJzQONdlr2Jt29RCeV7VhuJG28"
    "GigxpcOpWIdTcoXP9QGaxVf7bBA+y/Jh3bjp/b17rdzwEE0/pG6ErwZ3d73Hx96g3warsM"
    "YRHgx/7T60wepJB4/ahDPi5I7UXAltHTlYUs2j2qGDZQN1v7GD7qq/4Tqzki4z0o37bv+6"
    "1//c9okYIxwM3V8tN8qyYSia2pOhvQ9vWTS/hWzbQJofUM4uueHkm4X4t7KleUzJ8hgrDp"
    "M7PEyGhbmal76J+TsgJkPAyhMVErd1z6gqTHKVTV9J1M6HdJqlathpctmw01jdMEzsfLl7"
    "vfa1g1a656R7LsOaJeMXv8dRF+xU6SUZcnoRBaLS3yW9tDJMtAa4SietdNKW1CMjw0RLFS"
    "YazR+7LcL1rOsUg1mgPGVw3Urf+B5841nCcmXIaQLo+y1Y5i5Gt6wGiCjNdeB2M83R7dZd"
    "V/y1za8pki/V9VB/HZJX8Dglc6BrCNu6vWjzqMsZNF+RPTfongSe/YeQOWIf9jOwCZghy6"
    "K/kDWeNXmNMPq3qAV/rw8bYTpyX5Fp8QkKCIsqJRgB9E23bAsczZEJLPqwd0kRo6Gk16yl"
    "66UPefm9t/ByZAeexy9Kp36RTn1/LGLIphSEX4mU2cm2oan0pJUljpS2SvbKt2KxpNFJng"
    "NtgWjtzNO7Dy2Ttulk6KtppcxcCF1aeXYf9Eb38XygBiSkOXKtaUcaHvZneOA66PbAMg37"
    "imCM1HobHAIfbplKGS0PxKK0QoHDckpioWCrtQe6AT3zcG8lIC+GPuHaF0ukQ0870F6m0Z"
    "kRxosGus0uEKqm0fvgCNGjFBnzBuzfGlw0gY3g7EeDqNB4F88MtO+Hbcq8Zu/J3yFWzcin"
    "ZsuzmiRg75AW+Ui1v9uu0rm/fxj81rltA68kAP2qTfIVGowa2R92+0PloXvX618z8rWf+N"
    "xEM/Y25qrN9VN3dZtOZEay/ONueceLamB3ol/kYUiS1WO+clNAziNiY3Df7bcBkxzha3oO"
    "aAONYEay7/Svurecz6qyX2gYm7FXT7LQyE6SaWQnMRrZAdmrJdXSMtJXvd1DCFzyCXwlVc"
    "PTd0VO25nYq9LIkrwk1djIIqlgkq1UTVxlro49Aevr0rlwDQtJWCW7TrLrDg6zZNeVAV3J"
    "riszuy6QD2NLnGtXfyGKcHiPXz+RZc6ZmuScGTg2XcPU6X87xIYNgdcm3KCZ5rohXlPlr2"
    "XbtQ6c4RQBlordWIAhNCfIBj38VbdZjYTeHeAd+eS5CQXRdbEw59dP/G9MFNAzM7It8Mjq"
    "si/A8XH7+DjuvNnng9Y7bqQDpkgHjDvOiqHPdMHqn1oSICgm9XHBWUfGlSZDXU1josCGHI"
    "srLdUJt/JrV+x8m2fvz3QWHmA0JPSPIk7CBx2O3Z6Dd6dXRXhIAsUqzlRaG/DAST9qWCZD"
    "zEMw+IB+5FNi6hbSwJiYVLXRLbDEBhxZiCqq0AAsfmB5+d17QOURtgA0qU6EoMDju6fHjP"
    "CRC8d/Wogetm3r/XzRBHPHpOsbAs8uLu2fde2XNlRVZFn/MtGYLnvT53c8VAKzBwGDTCaM"
    "tcNjIt4Sq2hF2TUexSoaGCF1uSJ1uUROa0oRh0RSa6loNKUh4XO8+D/yguwL1S7SoZUpEU"
    "8rJRFPK56Ix0QTodkvGeSVRO0Q3nEVOFWfe8k9MwfsLCVquEi0zrOkLKWtkufveSxpqcW4"
    "XsvgxFyLRUyydvN5L/Fork5DlZRXJFg3huhbgnIRlasB2mmH6e7fh6FztI/p0V3n7+9CZ+"
    "nbQf+z3zwwBle3g0sx9OjbXKf65AbmDmEHNbR6VNfKEedMeYeH/B9cTFB+cbm/OB/DzT85"
    "cQ/ymyv1N2epZC7Kw/Ffj4N+gjaxlIgOra7a4F/A0K29WeobP48dzK0v4MXRDVvH1nv2vF"
    "8O8BUyhNK/wugHFxk+1kH0K6xgdMOq1Gie+IbO1bD3W7cNXOkR7ne7149K52n4Kx0KhDS6"
    "fDj2dISve49Xg36/ezVkIQ+abnkGuA2jHnZeSsCAlq0g0xRRdpI18rBUDXarfRtJVoBtsD"
    "HFhGW67zJvSXy4rAVWNx3qgKwc6TKPtAyNSV5Qq+nNlrmxv8dRz8JhKL5gcckW7p2HP/mK"
    "cP5c2HFJCbCMK5FxJQeHeY9xJYFvfgcg1z7bbXyJzJJQuND6xVWFNqF8cb4UwsHss1umEY"
    "4kvq0H6hHXMda2BMmllz0iNz9OTTDaZ2iHC9i9icaI1bVEDQEJMdammYGGOA83X8tAvA+y"
    "/NrgbUoAnw88sMIPGvHzHFss57FHJfQ+MSsezbGbLmXcRsm4fohlhtrY97CULtCcTU+4yB"
    "jn9T3c/fHYvb1pA1d6hC8HwzZ4IfYmHoUdE6mkbSQZ9/raRkp10qz8GifjO0p6Ht21csW1"
    "0US1ytdV18d1+A0z5Tv1C0JYLM2oPTWJM5kCyGNVf7BAqC5E574HRk7r+OQMQLzSi2ziqN"
    "Mmi4egV92kjUgDJpobi5imtfcnjrBmwrHdBtAGM7qq8ToW/hNZgAiXZaK8HThiKh57zBRa"
    "ABNWTmM2Jzar3A5e0aIJLOLGm5jkjaVgVQ1ItxtthF/QmJ6DuYaoQsMIxId4TYD9prMwFK"
    "kallA1dF7+L1IFOkkK6XglshuF8LAAh5S+syzhCWfJ0QlnwqymCQEg2Wg/RQeCsEWTAZZT"
    "9X7s9q97/c9t4MmPML0y5P+0WaLTp8shy3TqvJRBGZf1SApm+Xj7Tk6sw1IS5rUw2+ibYC"
    "lPplf77WsAbdGsaqbuKvT52DISsk4lwy6SlUOQewjo7mhuZlIJS9bQpFJdE4qAyM4SaG0w"
    "xisxyRUs9fjK6kp7pWDICkC5LF5JFYAOnVHuWrdUg1iOiR4cQ+h0jLRoppYDWrZVTL/xOi"
    "tZMtTCpB9uBVY+oaiaMybmzB09aLhTS+b/OKThZzU6mU9jq/GsYWB/lrD+5KD+6EEsOOM3"
    "MfwE5cuMNlUAvgwHX+inwS3uI9zrU3Xg80Pnrg109uMmJpyN8B+Dp+HTZbcNFsSxnZeNCg"
    "7tPsJrtRRtOEqhDko9TPed3jUr+aRrI9y5uend9qjm1wZwPNYNnb7eCH/u3fBAvIk+Lk0I"
    "nsrKvCHB6n9JiIEgTrLQLaUiY/JCxcozKLtQ9i8Hg9uQnn/Zix6cn+4uuxR3DjttpLvaTJ"
    "wU7aUWswUk0uQ9ISRUAxNGeEafZspWdJqSreg0nq3IgHjiUBUvD8xBmdqhvGPbvuXMqKYi"
    "mMUpge8rkXJEvrPH1ifynaUVyDUcvoAcjJ0PBkvILRiMZFv1UqAG607RBmoV8ldUqBqcKx"
    "FHVK4c30Gt0nGYSCWzGWO2agzmPKMjEC3HANVqoaLIKib6y9HzHwCiogWeAnwLUWVPAf7S"
    "Q4dHF7s1U6gRAtki09XgRSUV1rkBVSQuqJO8CIWEyrH81Gp/WOKr5NaYBKJSd8qtO9EZ5Y"
    "zHuqozIPMqUEJh+ZXs/CvBRJlCa8o2XNUgTt6NWiRe4Ga9vFLZ3Rp+JSLnWPKHsRQox8dQ"
    "K43V99ko1ptuq9M8mpNAtAZbRgGp31286KvbUDdy2ZiigvKD2PkHQTUkEyoUI498kHVson"
    "LlGJpabdwWcUw1Z3bYlYgckJ0PiDpF6ivSFNGJm/EcE07cIak0muO+BuYwbk/GW4w68xnR"
    "hUVm5DRaROXK7Mbf1I2ZhdxymsxuOeX0lq2Cb3dHg2PUtkdk/+aNmIAGF2nRTKPBMe6bYi"
    "E7OAPWR4v+PtXVKfBEABkDCFhHFhjrhhsIyWbVC7QQmBL6o8ARi71kcZMs7vKVToomQO8n"
    "78EowMMbNd7F83Hs9UkyFrNclDw2XHmWLr997aIwd7NgBXeHDTYGuSfkg5jrIpaTQHlM0V"
    "88mRqCvPsAP+Z7pDuoShyRuyBxBY6KycyVAmOaQaC2UTRZSFAGk5Uu2KgkmmtvNiem/TRn"
    "00Wkt4bup2qtOm+pOKumOw3diCiBkfKtgQTt/8ilH17qk+9FRfzUap2efmgdn158PD/78O"
    "H84/FycYrfSlulLnuf2UIV+lzWK5LscJC78GhIqIabcev8PIv9+fw8pXTjeSyEgA6BaKZj"
    "aC6S7Q0iP9fCdm1rFcM4be56pq/ltkCBvOz1Ow9/iP3ClwJT2eUfw24narvU/ymY2MnBol"
    "5zqfMIdJ4KVqWab5af5t7PTzP389P07u4HD0N+zd1Q+dVrqniwRDUYjfBNp3fLYmLGUOc1"
    "0686/avuLb+kMkAMQcH2w0TKSNJ72ez5sgBOXY8TwWEe61i3phuNc0RU5qgo8zjLGjc7Vj"
    "zcs+sGJW7ighJeWeFGVrg5OMxZ86tsUOFGFl/ZRfGVhOV3B8jWvWZQfM8pVWagR5tevzG4"
    "6hKzKq9uNtNMyixVB1LGfru1FIhfyRugL7QAXBDQ2YdZQZA3lsl6bJIZeGZ/KvzuMzj64Q"
    "cwZkmq/TohPzAGg2nZrvg7VkjkmapfbvMmTyE9dV8lRIco5KkjzB9BxoxfMQOvVCdkf9NN"
    "JrYA7im+DaBh/MgUc+AepHX6HqyOAWtqITBGb4yGYfEsKOwy7Y673+gvASw59mKE3dcHR2"
    "xFZMhb/7kaBev9fAHeTN1GlvsaOuZ0D541EronZ/cNPRQSKR0R8/0KID7+3q/fLhmTtOwX"
    "ZtkPjV5m035Iqo62/SyO9layo70Vz6RL8sMclJEgZwDZW7/zLSgBoeKOJ8c1WFVCVv9FTt"
    "SXIhLzzTCXJ3J5Ii/p8WaDGj+FnW2uDKpaj3UV2gls73CD1DMONhxFjTVfe9TpgFFj5JyN"
    "L45HzsVFa0z/PB6fsmI8rQv/z/H4ZDxqADrsFhNrc8XcL7YDqQpPZ5XW5FfpONDjikW1d1"
    "bskV5kRRah9cr+yk4grA3V8d+QGaeDH+5VRvh5bpI5saDxzKr/8LMIgjPAcf7BPfuws80R"
    "BFeEHoioOH0Yc429o90iDHQbuD0gjZUiagI6PIhO0oxU9D+XZiBJQCrJ5pZ8TCl/HYoD+b"
    "32kmVqSnRhLF8a73opUgvIC4g09le/OMwpSVoCMpJjkT7xNwm411nwY555v5KoXXj97iuX"
    "SQrLRku8pDZUbTR37XyfcXdYPkxDMhJVaUCRBpTDw1wXSkNVcU3iNAghnS1JCEWxGaoKa2"
    "ivKZOx7xZBEyOt+w3O5hzhmLUv0qK5ztxnuO0VFBDIYPCbT01oMWsWL3i9/Lx/sMAcEdoP"
    "oPoXMVip7ZcFgIAdKzw7m2cNm3ErGviqozfmptdtVrz75FPLM7mJLHuFPHM9P4CbYiQboM"
    "JmthQHdZ3MbAXYfNwPJw/CK4kaYixNDNLEsJGJQR7d5NGtpLpwmX3fgznCV7QXkSK8vJeq"
    "AhPaSlH9ZmsV3wFGgH37VItkQm2qQ1rgxbFtiiIjoBJTQyY4ev7zT56cswk8Iqqu0a/9Kz"
    "QcnmvDdUT/4/md60+meijVZxkP94hpq3NkWq7nPaT/FvfoEaa3rJVLnN6d07XOos91mG9a"
    "t2nnQHOYwj1js5fRhskbnf0/gT7LrvY3APGC/oU+hPF5jaV7W4UYvPgecxYvfOS1d5tNId"
    "YMRH9auPd33NXO+2Ctuea++ulv0Fp2CPz+2LBmTeEm/eYVUui9Uc/jYwyIlMPFWK+0rFJB"
    "/R4UVPRtrtPuNhjmsKQM4i7zKLP0p5t9y0FBOcalHmPpza6FN7tkn4h0ZpcbW2kRkc7sku"
    "Nacmd2yRbcyvuyO8jU1WlDYLrz7jTTDHdw1WafqV1zmYG+FxvQ3vL7yyT0RaRkZR9VDoS9"
    "5jVE9ySTS/wkxSV+EneJ0yeKfeIp1cxJklO8AAvlYY7NO7NFxvTaIjezf/9/wAFb8Q=="
)
