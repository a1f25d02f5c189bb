"""results."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "attribution" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "value" VARCHAR(500) NOT NULL,
    "value_key" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_attribution_workspa_e5fb36" UNIQUE ("workspace_id", "kind", "value_key")
);
COMMENT ON COLUMN "attribution"."kind" IS 'CODE: code\nLINK: link';
COMMENT ON TABLE "attribution" IS 'A promo code or link that is a creator''s (\"@amy 的折扣码是 AMY15\"): orders carrying it are theirs.';
        CREATE TABLE IF NOT EXISTS "exchange_rate" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "base" VARCHAR(3) NOT NULL,
    "quote" VARCHAR(3) NOT NULL,
    "rate" DECIMAL(18,8) NOT NULL,
    "valid_from" DATE NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_exchange_ra_workspa_e739f3" UNIQUE ("workspace_id", "base", "quote", "valid_from")
);
COMMENT ON TABLE "exchange_rate" IS '1 `base` = `rate` `quote`, in force from `valid_from` (the team''s day) until the next one.';
        CREATE TABLE IF NOT EXISTS "shop_order" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "order_id" VARCHAR(64) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "product_id" VARCHAR(64) NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "handle" VARCHAR(100) NOT NULL,
    "handle_key" VARCHAR(100) NOT NULL,
    "promo_code" VARCHAR(64) NOT NULL,
    "link" VARCHAR(500) NOT NULL,
    "quantity" INT NOT NULL,
    "refunded_quantity" INT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "refund_amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "commission_estimated" DECIMAL(14,2),
    "commission_actual" DECIMAL(14,2),
    "content_type" VARCHAR(16),
    "content_id" VARCHAR(64) NOT NULL,
    "ordered_at" TIMESTAMPTZ NOT NULL,
    "ordered_on" DATE NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_shop_order_workspa_6d1d30" UNIQUE ("workspace_id", "order_id", "sku")
);
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_730d6d" ON "shop_order" ("workspace_id", "ordered_on");
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_51ef3f" ON "shop_order" ("workspace_id", "creator_id", "ordered_on");
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_48083b" ON "shop_order" ("workspace_id", "handle_key");
COMMENT ON COLUMN "shop_order"."status" IS 'UNPAID: unpaid\nPAID: paid\nCOMPLETED: completed\nCANCELLED: cancelled\nREFUNDED: refunded\nRETURNED: returned';
COMMENT ON COLUMN "shop_order"."content_type" IS 'VIDEO: video\nLIVE: live\nSHOWCASE: showcase\nOTHER: other';
COMMENT ON TABLE "shop_order" IS 'One line of an order: the key is (workspace, order id, SKU), so a re-import updates it.';
        CREATE TABLE IF NOT EXISTS "results_setting" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "reporting_currency" VARCHAR(3) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "results_setting" IS 'The team''s reporting currency (\"报表币种 人民币\"); CNY until set.';
        CREATE TABLE IF NOT EXISTS "sample_cost" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "sku" VARCHAR(64) NOT NULL,
    "sku_key" VARCHAR(64) NOT NULL,
    "cost" DECIMAL(14,2) NOT NULL,
    "shipping" DECIMAL(14,2),
    "currency" VARCHAR(3) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sample_cost_workspa_fc9322" UNIQUE ("workspace_id", "sku_key")
);
COMMENT ON TABLE "sample_cost" IS 'What one sample of a product costs the team (\"样品成本 SKU123 = 35元\"), and its shipping if set.';
        ALTER TABLE "import_upload" ADD "kind" VARCHAR(16) NOT NULL DEFAULT 'creators';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "attribution" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(8) NOT NULL /* CODE: code\nLINK: link */,
    "value" VARCHAR(500) NOT NULL,
    "value_key" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_attribution_workspa_e5fb36" UNIQUE ("workspace_id", "kind", "value_key")
) /* A promo code or link that is a creator's ("@amy 的折扣码是 AMY15"): orders carrying it are theirs. */;
        CREATE TABLE IF NOT EXISTS "exchange_rate" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "base" VARCHAR(3) NOT NULL,
    "quote" VARCHAR(3) NOT NULL,
    "rate" VARCHAR(40) NOT NULL,
    "valid_from" DATE NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_exchange_ra_workspa_e739f3" UNIQUE ("workspace_id", "base", "quote", "valid_from")
) /* 1 `base` = `rate` `quote`, in force from `valid_from` (the team's day) until the next one. */;
        CREATE TABLE IF NOT EXISTS "shop_order" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "order_id" VARCHAR(64) NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "product_id" VARCHAR(64) NOT NULL,
    "product_name" VARCHAR(200) NOT NULL,
    "handle" VARCHAR(100) NOT NULL,
    "handle_key" VARCHAR(100) NOT NULL,
    "promo_code" VARCHAR(64) NOT NULL,
    "link" VARCHAR(500) NOT NULL,
    "quantity" INT NOT NULL,
    "refunded_quantity" INT NOT NULL,
    "amount" VARCHAR(40) NOT NULL,
    "refund_amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(16) NOT NULL /* UNPAID: unpaid\nPAID: paid\nCOMPLETED: completed\nCANCELLED: cancelled\nREFUNDED: refunded\nRETURNED: returned */,
    "commission_estimated" VARCHAR(40),
    "commission_actual" VARCHAR(40),
    "content_type" VARCHAR(16) /* VIDEO: video\nLIVE: live\nSHOWCASE: showcase\nOTHER: other */,
    "content_id" VARCHAR(64) NOT NULL,
    "ordered_at" TIMESTAMP NOT NULL,
    "ordered_on" DATE NOT NULL,
    "source" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "creator_id" INT REFERENCES "creator" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_shop_order_workspa_6d1d30" UNIQUE ("workspace_id", "order_id", "sku")
) /* One line of an order: the key is (workspace, order id, SKU), so a re-import updates it. */;
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_730d6d" ON "shop_order" ("workspace_id", "ordered_on");
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_51ef3f" ON "shop_order" ("workspace_id", "creator_id", "ordered_on");
CREATE INDEX IF NOT EXISTS "idx_shop_order_workspa_48083b" ON "shop_order" ("workspace_id", "handle_key");
        CREATE TABLE IF NOT EXISTS "results_setting" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "reporting_currency" VARCHAR(3) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* The team's reporting currency ("报表币种 人民币"); CNY until set. */;
        CREATE TABLE IF NOT EXISTS "sample_cost" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "sku" VARCHAR(64) NOT NULL,
    "sku_key" VARCHAR(64) NOT NULL,
    "cost" VARCHAR(40) NOT NULL,
    "shipping" VARCHAR(40),
    "currency" VARCHAR(3) NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sample_cost_workspa_fc9322" UNIQUE ("workspace_id", "sku_key")
) /* What one sample of a product costs the team ("样品成本 SKU123 = 35元"), and its shipping if set. */;
        ALTER TABLE "import_upload" ADD "kind" VARCHAR(16) NOT NULL DEFAULT 'creators';"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztfQlz4rib91dRUVs16VqmN4FczRy1hJA02wlkCZljhylHsQW4YmzaR6f578772V9Jts"
    "GHbGwwxnZUNZNObD2y/dP13M//1uaahBTjY2cGzVoL/G9NhXOEf/Fdr4MaXCzWV8kFE74o"
    "tKHotngxTB2KpJcJVAyEL0nIEHV5Ycqaiq+qlqKQi5qIG8rqdH3JUuWvFhJMbYrMGdLxjb"
    "/+qr1p+quxgCIinS8UaE40fS6QpwmyVPv7b3xVViX0HRmkPflz8SpMZKRIvu/AbfEtel0w"
    "lwt6raeaN7QheZ0XQdQUa66uGy+W5kxTV61llX7fFKlIhyYi3Zu6Rb6PvL4Dg/vJ9qesm9"
    "iv6KGR0ARaiunB40VYX6sJQn8wEh67I0GopUBQ1FSCPn5Vg379lLzCj42T04vTy+b56SVu"
    "Ql9zdeXiH/vRa2BsQgpPf1T7h96HJrRbUIzXoIaGIwQxnjc6G2MWbQBx/ClBxF184yB3L6"
    "wxX0/EPECfw++CgtSpOcN/njQuYyD+rT3sfG4Pj3CrD+SRGl459nLqO7ca9j0yDmvcFU2E"
    "CkqD9poiP4xr/5oJnX4tF5iTgBwNcQhgU56jf2lqKoi9NDmC3DZk+B+PM6hOZ1DOB+zz0w"
    "Ron59Gwk1u+fF+Qy8zTXsVXtEyDeQBshxRzwfoxtl5AqRxq0io6T021kjXNX0btFeElcM7"
    "+4kt6ohAIdi8kR/pa3yHbBpstP2UAaglh/Sj+0sZz0n8gdJAVZYOUxQD/ah3330cte8fyO"
    "PmhvFVofi1R11yp0GvLgNXj4KLYtUJ+L03+gzIn+B/Bv0uhVczzKlOn7huN/qfGnknaJma"
    "oGpvApQ8/Jt71UXNv8RcnpXJE0WynUGyzQxoGYY5Ax6UcPWTVyYL6hMP/DjfaDqSp+oXtK"
    "Rw9/BrQVVknc+OkPO7t6+SwfyPO5ncq+upqsO3lUAUmmMYBfztyLT3/vZjp33drVHAX6D4"
    "+gZ1SYhAHpPJ35AuIyMM/ZVDe/NliDCfT74lEvVru59lhUD3bQaaZeKdTpzthtLA00uVUR"
    "KwXKjuOKNcrB5wV1XFa4FUCXci4BaqYQOyI2oPdo+jdYdVxU6Sp8gwd922aCdVhUieLzTd"
    "FKyFokFpR6R6tK8n2lUCvJxTq1RwiQrU5YksZrEOO96+qjq/NLx/CSJGZNetHvfTwW2rhB"
    "NhvrSG5mG6fOxY+Na8MQ9egSqc0k8izyZPcvC6R/MXqlkPafidO/U4Hf983WaTlr/WBiaC"
    "8zkej4/geaXstQykY87zGcgGMGcIuDd+MIAs1YGmg2fyXq2fJdnA95aA/PXrM8BtgKYi/L"
    "9iX5M+1gIo5/PEFDYK58ncRlEMG4U7HCGIE9goPLTcRpHMRuEsJ4H+nQLzIF0V8T4+ToL3"
    "8XE03uSeH2/yb1r9uZdmXzjnupfsH2ZdizK8dVVrHlI0+eB2aXPUm2M+C/dpq+tTIF5rX9"
    "/3+i0ApbmsjtX7dr992x22gM1X6GN18NAdtkcDfMn3hLQjlMS8cRJt3TgJGTe4vj0aeq5v"
    "5/p2rm8vrb5de1Px9kS3KU3fVcdg91JRbYyqmbsaJfq4i4qig1flFBGvK3W6K0qPpKsO7a"
    "miYEFLkk1B0aa7AdUm3dzZvVQQpbUpUHDYqNxMgiWHi27qHKwkhsFMZlYKM2qpwcrfilpG"
    "uKaKZhhQXwom0uc7wnXr9DXCXVUUroLYnMsInY4WylKQdDjZ1e48JD1dk44qCpUI5wuI5c"
    "iMeImO011F0XJ8GTLiu5L6NJQRqQVczpGaFVQPdm8VxYq7f3D3j4q5f5RxXkETd/Ji0VmV"
    "zbbVXvdYIcz26TGzVlIznGZ8Guxovxmf0nyz68xAReAGycbMAiZSoWrWqSfK76ijzYGo6Q"
    "vqtkKcWWhYHyCAaAoKe8Ts0hHT0cV1iCAN0HcsNalQoQZk7uNSBB+XbQ3TXvoi+1vUbrq9"
    "x89PuDM6qcfq793O4L4F3pCozcdqZ9B/HNx1W+48LoZJ2rdOmAPEnvxBuiIPTJEcj9I6HO"
    "XvaJRX9Ggi/5dGjP9LI+z/8qJDNZUP3Yqgcvjuxb+IO7BEo18tB5aQk0USJwCSLGNXAdNJ"
    "1FKy0U8kMNkO6jsCtPaEryJEeTuQlBKk/DxISgnPwVxISolW/j4kpYSJx5PzePLsUeLx5O"
    "lcIXJ1giglUgXxgigldgdygyglVp75JYh492EotdIA5pldHbe3qsNmGXCaHWxPbm9VhG3l"
    "dbOjXJjc26bUMAkLXZMscWddjNPdg91bZVHTyPtreib+Ed6+qgoYz1CT2J1rR9YrsRtXKU"
    "GSEJQUWd1dpLa7qSpMB3R3KyVetv5vomhvWWj/bnA/VUWKewamBExBUCdxrug7Zo2UXTeu"
    "O7u3rt1ZVTHjybTSu1PuqItP5UZZSrDQd9u+I5AP2xGurtPXEFbXJqbp0s6W5wHpo6oAGX"
    "QPxo12FmweaU8drVrCTSonZg+sSJWEhabIYozufqCikYZ/JMAWd/ew6q0i/uFMw9BXSzNh"
    "FpC55qH/djusIGo6MvBDDcFApkk6ywC2od3l47rHiuCWMsDAdaVhVd1ae9nEFN7yNMqj9h"
    "b5HZ/mkoKYnv8BKioq1nCbwHWS+EBnXPf2HLppd7airtMIgb95rAGPNch+H6iNel9Ggy94"
    "8ORXU3sdq73+46h9O2zft4BMPm6qw/lY/XPwNHq66rbAEh8s1ktBYg7sVcQeIvb0X1MUeV"
    "CSr4L9e2p7dqrUOFc5pmMvXvGapZos55RooD0kW6FcMG4jENqRJLAjOqwjlNQUTR1WLSm6"
    "a4rqgZv9dmyjlToVcoCsgkjvY684SO3GQsOcfVk7BapTi+lbE1OC1ENTPYwzLkCK5lBW0q"
    "C7IqgetI2zJPMXt4qpghmawYtZyi1iRVA9gJtJ2IlmND/RDDEUE01RtDe2PlyeRsrgPrKt"
    "sjEXDWdbGP/UaDSbF43j5vnl2enFxdnl8UoqD9+KE8+verdEQveNgyuyB8zz28rnK+Ic43"
    "UXumYskO3/lkZEfxgOHh+6nVELuD3QJACjdmfUvaZpAEwo4ncdq8Puw12PXCMeyDK50u/e"
    "Dka99qjXv8Wjh6aaKUOiiByrWMjvkqZYwkek5WP7/uGuKzx+7j08kOuOIcOYyYuF5/6w2+"
    "n2fvM00JGI5G+kBXmnbn8kPAweVy+GVFMgUaTk/kO7h68uoIx/v+527np90kpCInG6wddu"
    "PzuE05lDcXU36HwhV14UTXy1s8Kk3lcTbasxu2poU8VTh7Hi/+tx0I9gu5z2wWBlWTTB/w"
    "FF3p+Bp/bzxFJFMo/AiyUreOCNj+R5v6acgmm1xSyoCT6k51Wcsgvx0X37jyD6nbvBFYXM"
    "E4BMOrjiceSJN+VqxZF7R91aSFuOup+Sj3pRRt3FyDPsrMhJtN2o+ykzGPWC8V/lHeTw2q"
    "Y2r3QFTrwkFWKnd7Rt8box+8I2lNKE143Zb92Y0P6QAbqJ058UbHNIiqx3U/Shil8A9J/u"
    "7pKV4+EpQniKkMzQOkDui5KsXp76YgtfPR5kzyNTedglD7ssOEw8Hqeg8SVl4Q1ShUykdM"
    "umzDnDJ9tl2qMdslW3Rabe2CE3a4/ft0dln84bOs4YWzGH6FxssNFu069yVNrkzSZZlzZH"
    "i6w7h9NYY/G9Lh4ETDlWr4ftm1ELSC7veGB3GhN9Z+jGR/hqhGHSaV8J/9w4JXj3j1G86X"
    "GlA78b9G/d5kF7JDc9vkN7BL4501IaJHw03CIRtkg4h3o6VP1E3BrBLT3c0nN4mPdn6fFw"
    "/jviW7007kF0/XvjZmztE4qb0TYC6zvKU9vR9im5e+1FDAE+YE6KluO9JqxE8nytvSDJgX"
    "/UVGUJKDWYyQaefcsWLbJmaJYuIjDRdDCxVBU/D0BVAoSX/VFWf6QU4SJuWXWaRKfg27vt"
    "L7e1CiQU26twCNyKoiPLSNfmwsqpGPOTa+9kekd2VpHbe/BRXorYx/ofxHoJ+qhNhPiXpW"
    "AgPP/xVOPalGJqU/xDto1Oxd9DgWM6uJN70Zzctd1mnpe+yPolPvEKNvECR1oavZqPkuvV"
    "Cq1X87NFaYbZT8m9uYs8yj42MyxtKhqMYCSDhIFhnhDKSg3t9eDp6q4LHvAJ0HvsOaFSq7"
    "GkNynf/lWRbflz2G3fRWydL8uUmtUgHddZc50111mXE1uus+Y661Kgm1ZnvT6luN56M7jB"
    "I71QuutVkU+G4tpbADRaa+2rNrpnFzS/2pc7oRVdbQpF1z80rLiKcNgQIzxKC6WqSj4Me8"
    "6LZUIdL5c0AK8pcvTuq+UCbyNRdrdGTHa3Rji7m4RMZmas6CQja4pipBkhj+VpRrivX5m0"
    "VfgYSO3qJ+4o3heMv+TSfbGx5dL9AaV7uti58LnZaUqMkOsPLXc+6JqIDANJ3W+Ivn1I+g"
    "y0qMfJoAu3rYBWjTc6Tw1UBCQkWQsEXtESHKGP04/geW5MWz+bSIWq+Wvr5znulThlydKv"
    "zx/quN3CBNAECoKGCS7BTLN0AxzdINmYWUBHJomop65R/+8CzD6EfatyeiazuIa3EAKrkA"
    "aXoQspQ8fXv2CPQFlqXmwp6GWfMD1lUYXqVlPYiwxdLqEtzy2m7DJbiAk+DDexSkPD4CO8"
    "KWqiOQjJ2yoR60AmnAQ0y3zRLFUCzqndAoomQgW8QUWhTcC/A5LoH0AD//eKpDp4lvDRDM"
    "1nIKvgadSpEydr07K9qPErGPgZbMZh709MooK3Sen70U4jS23VgduWF8zKtWBWuSK/t/AT"
    "HXbve/3r7pC4f85J3/pYHTyNht1253MLuDmbxup17xZvai0gyVNkmGMV99nr2BHjsliQwl"
    "nr5bTNcK2p80yejlTJKaCYyru327+m3rkO/Vh9dK8Ynisj+icerZt27464xE6grFCv23a/"
    "072jl0QChkKvPn5x3Xhfqf9uMUbV2RpTMjtrKq6dLhyn46tGQw5cgRy4aYQGP1WRd9htxb"
    "JPSdbRp+h19Cm4jtKWVdqppFKxwc3eduxwfik4MA9FfmaAk0KzYb7kYmi+YCWqe5zjNR9t"
    "t/LQ5Yfq8X5RbTYuzleAkj/isHy8b9/dMdx8FUgEnm20Bj5KHpdQ5LOUMHtbDLGHjI9vkc"
    "dXgYYpIF1nmeviavd5qSrnqXSWSMt6FqNlPQtrWV27kY4maaAOkFUO65NGktxuuFU0X9oI"
    "5XczTLRIe9C7NPyQ9+WONjBAab1E/VTVm7J7KAiMAfu2FTMVIOWnbZFP2+LnndzbEoobxn"
    "1knbTz4AhsxKO3rgBZBYDPgbUplwE5Xy1ROcvMJSkuKM6gmTp82uR+qhsip7cJSw/ScQfr"
    "4oSlVxxW156bshKhn4oDywCW13fkMRbFxpbHWBwyg8KMxW6nT58wS5QfqKy4eljOYialKN"
    "iWu6+cFLwaaTJcE1QjZUsMHNtkczZBqo9kJSZTw5uizmRJAQ5w9exdIdoF3eOgR11Cdy2X"
    "RzupDtqBvAd5lxQsC0r7DGRYLWFGIIN3eUcHMnj3k2SBDM5J+4Oxcp0GBsJDgPcacESMlu"
    "AE/AImsm6YwNQscVYneeBVMNEURXv70VoYH4ClmrICIM3HS7LGawsDyCY7jGHPz9suj5DG"
    "AxYiV8K+AxZK6ANP0hR9S12wrt0Z9X7rtoBNPVYfRwPHeR1PYJp8+nrQx/clTUVsh/fggj"
    "pU0EIZvB/27DiahfcDGXcBbz9GOveHAFnlbIjZ+zpzA2I09NU1IFoLactR91PyUS/KqDOc"
    "YEKSCzcbc7Nx2cDl2cy5La7g2HJbHM9mXgp0t8hmzu2ce7BzcqtRtlajRHYNO42NvLvafp"
    "0Opxqo56K2f1CgWotR3dP79STqe2HhNt1cBJaUy8MyFJLACzTFGXiDMil9R3MCYhwmsj6v"
    "A7sMASCXqDLxJ/Asm2huPIOZhj+RlnYVtfnCwgNN0wgZjMqw+3zSZr0918pzrXx8Zhpndq"
    "bVyz8MBw+DR6Jod3ugRR5vesN7p74jmdlRSWiKoZOnSyw8WtFp6lcExchST55XmSz1PDaI"
    "xwYVgBcqqZKXxwZxJW/FwOXKSK6MLIggXOeBAVxhVshNNz+F2T51QY9IlR40RRaZ2ag9d+"
    "txeiCSElVYrBsm0AKZCM5/MGgyVfCGh1B7q5OEz1TdsnK5tHNFU8YW3MuqZSIDwImJdOfO"
    "XJZUeTpjuG7u4wFc51Msnc8bQq8SXEZofSJ4FA9NjhLrSb1Rb+YjtjaSlUSIqYgQlFnt1S"
    "PgjVxnnKTxjpRB2vx4wrPTEiSUcuBBrBzoiYBFzAzoe4T1/LwEsH61ZGRuN2EDpDk6ADfK"
    "g+wW89VHmB+qp5clAJVkgxdmmH1in2ZXmqYgqEZoYYO0AWxfMPG+wHWZiXx14FeDwZ1P73"
    "fVCybAerq/6g6PTugZhxvJNq8dBn4KF4KB8KMlBuyRUzlAlecWsefJnJkGyY5+shZCWv4s"
    "RJgjk9asX+TDop0mYdFOo1m00xCLxn3Ho6Evp1khie94ofS0pRc1Q1raNBqZRBrdgYpGGv"
    "6Rhz73oMORrTY3O23XraIZBtSXI6TPawx9l+9+PU7jNXVaCqbbNJHOS59TBRTtEMwtwwSW"
    "gT6CZwWqUwu/8zMY18Y18CabM/CMZZApMsEvvwDb1P7cAhCQNwYq+oZ0jChUDYXMCbb+a5"
    "8PY9Zs9U19xz3AKT7pPnO3Oq5cZbarmxQdlDQM2ZqigmVqThK5eJzEuHichF08/BM/pTdN"
    "dWu17gVre9dKg/OagmOcDOPV1p0CZS9N5RzDklRoiK7PEKrOwF3CNvGRJZTVGD5g3GOJey"
    "yVBVvusXTo8EnuXpMM3mK71zzYtYJHjvBsYxBSOzBa1eOUD05NYsEMECRQQegkdxlJVbZS"
    "DIiapUikyjTAnb1hSX+JzBZ4RQuzTkuu21eRRJxnZNMgAVMmeCMpztZ9yAYgeLHUEPt/YL"
    "o68Cr6Tkrx0SqWtCB8KgXElTx9LzqIT41Gs3nROG6eX56dXlycXR6vDpLwrbgT5ap3Sw4V"
    "H+O1S114NvplqAW/rVSXefhV8QsvHUio2EfpJVvjIGwjRjNItxqCgp3t/undbCSY3s1G5P"
    "Qmt4L146CE9K0QZ5BWYtLvX4OhbQc4i7Z6czxjwGeYT1JYWROiA2g9JDyENn6P3yKElnqL"
    "p9OQrij4/rJpupcxuN8W0VLO79pDt3/d69+2gEM/Vn8fDL/QK0SPQK94s+7etHs0vH8C5c"
    "LE9jvCFWO84j1EvXS86rAH0KDIGsI13krAIOemgmKbChSIB2Eri5CPklc/LvIoK9AwBaTr"
    "rER5cZZVL1XlbKvZC4PcvPouVpOrNd5inAOkfNcs9Dgbr2nrgHpJuPGckUuFZ6fh7giFxp"
    "a7I/AEKgXHNVUCFXoiZYBp1Z07vCd3ofw6hqSS27UOJ2aN4c/huVuP8+Og9eAEadUwkf8G"
    "KSH3psumSYvM6W4yEwNMdM0O+HAyn7zoMpr8RF0oiP2W+EzgXjUS1qGZCGgqoNXsCEtLah"
    "6ynTf2+jSeUKVY0SHcrFQwsxJZOnj7SzUiXho+JJkPCd3nwuMR7TuzIqiEnS9v55nyBJ+U"
    "1bhqamo6nySnfY6qZ/fXXODl3nal3jAIfx90jE68VTNoK2BhyXsIuMVlq6EomyaeB7TxOo"
    "ulw5Vr5rlmvqDKTl5nsVB1FnkQZlWCMD1xlR0ozlCNobIPtanHKe49MoIgrppvVN8PVAQm"
    "siobM1JLbt0HqT5HrQB18IqWpF7dEpCkS3gukXp1JgmANGYQ775ANsGRgRCgT/1If5KcMR"
    "/C2vt9P2xzBiiSy2andE882pLcyyXaMl2youpmKTo/TaD9OT+N1P6QW36Okwey7lG15mTN"
    "2kZLzCDlcWd+vMO64sOHshZ7hmeMN2U90qC8IqggtntJbqYjw7EsJFUSrykqgTFXDpdiKM"
    "qmHOZ6Nq5nK6iyYouk04dQVTwZcLpJVWG3qSdVVVir5htVFSPtFakG0CZAU1eJmyCBnXgB"
    "2omYVHOmLAHtlCZuEvEeAhZIByuEw1qJDPtNkvfJtzY8BwjP+lRQPQQXlvcnLHNpYt/SxE"
    "LXSJC9STe5FGxPiI7zPSybOAYJn9PkJEuNMJOWoxxTWZ0LaFxA4wIaF9AyXz6lFtA6cL6A"
    "eMRqDMFsda8eJ5CJ3lab5LBobDebX8nbCTvbYN+L4LO3oCr6bwqm223Pee5kPPdqmqfEmJ"
    "faSS3bSJaYqtaOh6QCbvTBMuvJ6qzHFVoPYTyH+mu6ckZriuoZr5OkgorOBBVKBLVQoDnR"
    "7Gp9YXg355H00hcYbCwdfBkNvuDHya9Y1B2rvT6WFW6H7fsWkMm3TXU4H6t/Dp5GT1fdFl"
    "hqlmm9oKCm9jAqKglBxUZ1y0HydZBnvk8oSyk3ntpDu3fdAoRyrLZvbnp3PSwYtgCcTGRF"
    "xi84Vm97NyOS3nMqT8yipPfUJhOkC+yYtuh9yk9VudPgLNFpcBZzGpwxCgmaUDcNgRXDRh"
    "QxEW5NXqI4HUxhNqws1C9EpRJAD6lSWuw8JO8ZOa4BjF715Swm7kxHHs53KKU617ZybWup"
    "ta08NOpgoVEhFQzD7nnlUN58GaLI3AUBNfXDWjtTkakdsBaT98dHKel9V8i8fVVnrv6Th6"
    "XEnWYxBhPPTNxsNxE8WsUkGfOc5mBh0Ug4WQUQuH2Bo3FtbF004Qv+eXpxjH+KL2hsnTVP"
    "EXj88nTSaIJ/a3z6+Glc+/AT9U7DF+u4S1m0XdMUWX0FUEdAo0+ECiuL3gHegGfW40agwm"
    "w/OSjOjVcrDbxO88qpobKPXqQbDUMNgER5DpUos4/M5Pgkm+ijQ1zac5SpRul2evftu6OT"
    "07ptksCSvWzzeC7up6FZK1q6jlQxlenSS1NgK8SWE7iZYP42o4t/BAEmh2MacN32ldsY9q"
    "Kf5nrCaPQrrCd0+fB0WkI/FVdkcSUhVxIeHuY9Kgk9bo47Auz1q6wovoHtsVAerz7dF0uL"
    "E1SOxehwQk0TKHCczF0/GIA4d7T8+pM6cMIGva3oINLW4G2GVPDstn4mZQnI97HUNHt7Tv"
    "pARXfC42Z/ebO8rW9w9U2e6hvullR4tyQDkgCvnQYp0EWBpevazbCLh2SiIzwaw+7NU/+6"
    "fXWHr+hoYqkSfZdCjIqozeeyYZCwuwXSRaSyRMU4XRK7g3eoWDpLoVeayPgbhAlKq7jz0b"
    "1DjLnyrkjKO2c7NmbyYrGVlonZAa/uWuSoVGfIdCQi+dsugx7ogY96kUcdf5qJT3ZBwlJS"
    "Oo/dMOW7dtx10CDjs51entUBXzuFXjvcCPMOjTDWQtpy1P2UfNSLMuqMxR52aTyY6a1gGz"
    "ivtlMOXLlFk1s0C2px49V2ClVt5yDW4oKdalkYi1MGlMDlHKm7BpQ82L1UB/BgSgKJVKzf"
    "EaRrp5sKobRPr4NreYoMZtCIc6ce52cgrdtsdDAg8RfnL+JkbJ2dnl+OrVN0fEx/QhqFcf"
    "lpbF0cv+Cf541L6DY6b8Azcls6wT8bTUxwOZE+EbIGbnMxgadj3LcIJYT3KvDv4A0qCiAC"
    "FfEqeP6XpqLnn8Azfm+ZVF6i7gLEuWCBVIkUYVLRdxPolhp2Uyj826Z3dpjZoigeJNw992"
    "zI17PBGfRURqw1SQXDUzKu4PKG0KsEGUbCxzleZNES0JosP+HneL9zuNm4OF9NX/JH3Mx9"
    "vG/f3YUFSoyJoE0EmiM+LaZB2vyAPSk+sHNZtUxE8NlitoaI84P27LQEs5acoGl2WLd9Bb"
    "fX7CPUHL4hzJxrmoKgykZ4TRTA+AVT7Qtkl2/I16J1NRjc+fTbV71gmaan+6vu8Ogk4PoS"
    "nseYx0uTc91tXpkTLDO9qFN7MG0StQAZj1LjUWrv0VSWKEoNS5UpzTlrCm5viKkLwfOD7Q"
    "FcV7eSDtoAFQeWWyC5BfLgMO/RAjljMTHpLWRONxXF1XOQ81x22SKbMJcd62TLAN5rT1fV"
    "BDhwoKe27O7TIudaeRkmOY8BONomt/A0yrTsTbx5CU8q0zLsSNpwNVBN5wanfA1O0RU+Nw"
    "do5l/ts6bRWZYO69pN74/utXBDQzTdkLqx2hnc3/ceH3uDfguswxrH6mD0uTtsgfWTDh61"
    "CeealTpSc020c+RgQTmPcocOFg3U/cYO2rv+lvvMmrrISNceuv3rXv+25TpijFVv6P56ux"
    "FWDX3R1A4N7n10R6L5DWSaCpLcgHJyyQ4n3y7Ev5EszWNMlsdQcZjU4WE8LMzmvORt1N8e"
    "Mh4CVpyokLCue45ZYS1V2fQ1ReVsSM0kVcOa0WXDmqG6Yapmpsvd67SvHLTcPMfNcwn2LB"
    "6/+B5HnXFSxZdkSGlFZJByexe30vIw0Qrgyo203EhbUIsMDxMtVJhoMH/srghXs65TCGYG"
    "85TAdMtt43uwjScJy+UhpxGg7zfk1IWLFXTqgTIm7NTbamPg6UBFgMqyQHtR5CkdTBJmaS"
    "Es3K6CLOcasZoD2SQXtG9Ix/fBEVIx1YQ2IH9LcFkHJoLzHxVNhMqHcNzovh+2rV2+bivp"
    "sTT/dyDXtWu45+Z5bp7P0Gj22L5/uOsK7YeH4eC39l0LOAkj8arWtW9QIYaz/qjbHwnD7n"
    "2vf01M825aPB3Nydvo6zbXT931bTyRiQnuz/vVHcfnhdwphgmtfHbRmrZAakr9dm3w0O23"
    "AKEcq9eDPh4JSVOJC0a73+neUWunSL5QUbZMX57EyHASbWQ4CRkZDmjbLKjwkNC46ZweTO"
    "CitchrqgpqkMurMWbE8XDzUMUMBYmit7ihgOuyy4krj+TaE7AuL50KVz8Rh5XbXrjt5eAw"
    "c9tLEdDltpci21480VI74ly57JxBhP1n/OaJzCMSKxKROLBMvIeJs/+2NBPWGFYbf4N6nO"
    "lGc5oKX1dtNxpwRjMESKI+ZQlGUJ8iE/TUb7JJMmj27gHtCIzk15H2CqYYRNvEYsy0xU/0"
    "N0IKsMyMTAM8kqp9S3B83Do+Dhtv9vmgzYYbboDJ0wBjj7OgyHOZsfvHJoz0knF+nCHrcK"
    "/jaKjLqUxM4nVcKAm39HtXSL5Nc/YnkoUHKhpp+EcekvBBhyNbOThDRxjZEBXNsHQ0tChs"
    "jBzsvhaxnJW0aivobuNM8z/8hb9Ef0X2zqxAc6Lpc3tU3Jrbf3OO5oAczXp0EocnrsezwK"
    "4kyQH2O3Uk8emIdukIOg54Z/w2Ph1e+iKjjTmBL6PBF7w05FdTex2rvT7mC26H7fsWkMnH"
    "TXU4H6t/Dp5GT1fdFlhiic56KUgZ9PVWtOUo+Too9DB5UxC0b256dz3MArYAnExkRcavN1"
    "Zvezcj4oEzlSfmlu43e6hT/w3piLH7x2aR9lDlmEb6MJ4jGaaRxsz6TNNlM1X+Ex9R5UKr"
    "m4lCq5sxodXNcGi1AtWphVm8NDB7aSqHcsa1PQxrjjkVxiz+r8dBnw2vhySoRJBFE/wfUG"
    "Rjb5qa2s8TSxUJhODFkhUTH5sfyWN/3Rf6MXATiHzbiYvz0X37j+AQdO4GV0HFAOngKjgg"
    "osY6YmOGwyXgg5H5YBC1NGMwRuh7hDy1IqjAvhOnPuv+MYoHe6U9uxv0b93mwREI8C+Qvq"
    "KA2WCGd3f0AgjSFWMdkOdVZh3oiGTdQiSNFoE5zegwSIsxQJXaqDCygo6+WnJ6ASBIyovJ"
    "JJcC3K0HD4/MdimJK0EXps3x1IDqspQM60KBImK7lURvQj6iYmw/lTofVvgKqTkmBinnnV"
    "LzTnhGWZOJLMoEyLQMFJOYr5LMV4mqCTNozMiBKyqalfagZpHneFivrpT2tIbfNJZxLHph"
    "rAiKsRgqxbG6NhvBeJNNkVEINZpzYpBW4MgIhk0ni5uOC5wOR05TvPCrm1BWUumYgoR8QW"
    "S+IDCHpEMBY+Q4HyQdmyBdMYamUge3XbMy1ah4SPiAZD4g4gyJr0hKmW3AT/W+Mw4QR5dv"
    "SDdSKi2CdEU2429rxswk+fZOLobZucER17ZHZP7mjBjDDS7Qoh7nBkd83wQDmd4ZsDnE4P"
    "eZLM6AQ0KSMEFAOjLARFaQnZEJz6oXaCAw0/BHgSNNRUDX3sAC6YAk5KkD9HH6EYw9fnjj"
    "GiNB1F6fxIMMiuWSF53liY1rtpmdDgvtnqsFbHEw8DMhHcSUFzGsCJfHGP7FoakgyOenCU"
    "A+P40EmdwKmy3xCSqyK4FF7sBBMh6HxFCmKRqUtgpD8hFWMAqpvFFH9FJRONfefKHp5tOC"
    "TBcW3+q7H8u1yrSlYK2b5li605PBK10W0Ct5+l5YxE+NRrN50Thunl+enV5cnF0erzan8K"
    "24Xeqqd0s2Kt9yKTojmUif4+S5MPLRPWfvmk7kL4H+kQJnH1EF+Z3G2VkSFf/ZWbSKn9wL"
    "K3ZYm4kK9WW0SodlSlyatvqyZBjHbQ+OdnF18mIgr3r99vBPtun9iqGNvPpz1G0H1cPyvx"
    "gTO3L3dptztpLBVpYwua9ThTTl3syofNq7fxgMR/SazbPQq97cvzftHk38O4EyrXKaWS7g"
    "zHd8HldQNJMJT0JbVYnNz2mpsjHbapwDpLxebpHHWZzBlGlEPRQ8hygrr46jmEpbdTBMyO"
    "HlKVp5itaDw5xtaprg5psBuB2nm3LtDElh9Zw3CXKFenbRDJCteqG28JlTqKSWjya+fqNQ"
    "1iWkuF/frMdp7Uk2FCRM3HYbvUw+a28Av9ASUEKAZ586RQZ4I7XAJro2B8/kp0DvPoOjH3"
    "4AE00HEDiq1R+Ik4humDb5B2Bq4BmzX3bzOoCqBGb2q/g8TnJ56lilj7DLl83BK+YJyW+y"
    "TsiWwJbiWwAqyo+EMQe2IC3j9yAJ8UhTA4EJeiOeLgZNNEMu4+6ohRN/CUAkPepYtV8fHJ"
    "EdkSBv/Md6FIyPiyV402XTTs05x/1Qjxo8LKoBbcnZKbBmdxPpNROwkKwBouPvfP1u+a64"
    "8SQv44l/9BKr9n1UVdTtJ/FlaET7MjRCvgyrhZECZi8NBzkByM7+nW5D8RDlJ54cV2BX8W"
    "n9lylRX5FwzLfDnEvkXCIvqHizRbLY3GSbjoJZ64ksQjPCod7fIFbGURVLEEPNN4o6bTCu"
    "ja3Tyfnx2Do/b0zwz+NJc2w1jhvn7s/J5GQyrgE87AYha9mlkZFhEDEFYhYezyqpTq/KtP"
    "Krgbn3CckEWAdvMw03eSW/EgmEtME8/hvSwx73h3uVsfq80LWFZkBlVfqZFHQGFOcfbNmH"
    "yDZHEHQ0LBBhcvwwYhr7gLtFKqkQbfdACkqrGGc8PAhP0sS1oF01EPfxKsjhFi2mmOg7Q2"
    "MXnZXCbV8Jrjn3RF4zTWaGS8a5tq9IKgF5DsHc7u4XhjkmD46HhvtYxE/8bXIayCS+NM28"
    "X1NULoPBaZI5fxo95U9DM567sGy1xXPXhrKNZtbG9zk1h6XD1EfDUeUKFK5AOTzMVXFpKC"
    "uuUT4NTEjnKyeEvLwZygqr76wpkrLvDkFdRVL3O5wvKMIhbV+gRX2Tuk+x2wvIQ5BA4beY"
    "6dAg2ixzJhtgtbx/MMACabgfUhpTU74hCbwsAQRErHD0bI42bE61aOCbjN6ImV42wdhqnH"
    "xqOCo3lmYvl2du9g+gqhjuDVBiNVuMgbpKarYcdD72wkmD8JqighhzFQNXMWylYuCiGxfd"
    "CsoLF9n2PVggtYN7YTHCq3uxLLCGWwmi22wj4ztQESBrH3ORhKiFeUgDvFimiVEkDqiaLi"
    "EdHD3/9RfNf1oHjiOqLOHV/g0qFk1nYhui/37+YNuTMR+K+Vnih3tEuNUF0g3b8u7jf/N7"
    "9FjFt4y1SRzfXeC9zsDPtYhtWjZx50CyCMM9J7OXuA1rb3j2/wT6JIHdLwCqS/wLfgjx51"
    "VW5m0RquDFtZiTeOEjp73dbAZVSUH40/y9f6CmdtoHaU059/Wnv0Fj1SFw+yPDmjRLHreb"
    "l4ihd0Y9jY3RQ1IME2O1Mt9yBvU9MKjo+0LG3W0xzH5KHsRd5FEmGWa3W8teQj7GhR5jbs"
    "2uhDW7YEuEG7OLjS3XiHBjdsFxLbgxu2Abbult2W0TfyAWziPCVry363EqPBhomMR6rWtz"
    "DYi4L6LcUmT1FZh48hFdmDcU/mhc+084X4KxdXF+eTq2zhufLsnP8ya+cnl8YoeYgPb9ny"
    "dn49qHlq2DI3oyXV8SQ7VsAqgjOzbeYJq0D/Yim+3cblpZqjsUXtFyN6P3e1GQHaC+xOY8"
    "lPmnCE4PdK0zuO626GIYq3e9/pcWXRDBVZPEDptxiV+6AtIYuVcERcZ7Sxv3WSI/grMYP4"
    "KzsB/Beo9Ji7JLxJFOhjTX10ajTyI0B6qydA6Okmh9nDMuXunjjF3aXIIhOq6qCKsqHD5t"
    "C2Q1Hs8QgytXAXEVUEGF6i1UQPZ6z0ILtO6pouj698aE2PJUjSnALWymxu53O3vVENL3CW"
    "mFfPfrcWoh5LQUdLfpRsXQCXgmtTifwS/gmVA9g+evlmaSzIeySrykROQkUcSih4xRwb8/"
    "255TJNPHDwaQ4PKD48xErqrou0l8lsKqn/0+arNyhzyc/Esf6mh5nMdwNc9B1TzuyCSVgt"
    "32FRSAmwnE32Z0jcug6Lua60mhXRFwbDdh626yAYUCEuU5VNjouiRBTYJN89GhLSHQMche"
    "dzu9+/bd0cll3dY/Gl8V2T55veEhIeWYuzWHEY4sLu+netfF5bnOK3pTqK7Oi6sPuPqgoD"
    "JYoWNqiOm4xgqooTfqsTnyZ9pC0FbtEoXTKLId0wGdEBY7ZPsVLYkR/GiFVN0JcCHhLI9f"
    "nj7UgaEBCHT0o12aDlgLsg0bQGbEju/xOZtFLdqfM9DGqxUSr1jN8ZGDEcINWdV7bd1PbD"
    "s7kmZttOeRLIWLZPFOi6QCiZemgjLJeZL86efR+dPPQ/nTyXpLga/TvHKp77IHdqFrkiWy"
    "Hcljsgv6qDjMiWFOW6o6SFc5qPeSzcI+NdPgvKaoHMIniRA+iUH4JArhtI4+fiqOdBKkqW"
    "epQJzpUu4bHqrKIZ39Bu16KCYF2G1fOWj34qz21YKqKZuMzSJSSPGS5Ke6OdmvqJKZS42O"
    "JpZK6vRtgSyTtjLFbjKDGM5JEbuUtpA10bu0hpzWG4mtIfY0FLaCOUR7GLT3NZWzhlq0dB"
    "2pYipezUtTQRVFxmZTw4SmFVGYYnNUx5q6yEjXnvoP7d51C1jqAsrSWLX/sn/vDO4f7rqj"
    "7jUJ/CAJSE2SFqjT7ne6d3f0KvlyRSFXh92bp/41uegeReTa6GnYt6+ZFslkGlT+JuLAz5"
    "Mw4EFblof/Pg8tHW0+lw0DIyCQKkNzOgrpNquoLnbes4rpuJbdrrXGDYqmxSpIkhT3NT0H"
    "fRPoNK+nDdCW21mwj602tXxwrv3Wu+4OWuCbLCGNRKv91iXRat/QWH38PPi9037Efxsz7U"
    "2EBr42GH3uDltAoxaiguxPNtbp9Ld+qsrJsNmrB1wjXXrPEz9lBT1PSuJp4mIS62riscUy"
    "hzl+iG2qd+2hZWiWzvIeiTHVrShy3IaMGUJmTkrh7Ld87gX3Dr3gbHeVbUbdT8lHvSijzj"
    "iRnLc/fEhqwaQcHpFabGy5S+k7i0gt2P6QQUDqoQMmh8jAkBiPyDTtLw357QZa1OMceHW7"
    "rWB4Gm/04h2tgxJ1RHxkScYp1w5AcleRVFXwbGxdXp5fjq0zRBJWXXwSJTC2TtELxLfFkx"
    "PnRu3DT6DT/9OJbMTvEfbmzeF5m7PG86DIPIMiV+MsbGOTYlPnKDfiCZaP1JixeYoLD9G4"
    "V1d4KBSXW/ptLcTjpuETEvHDAxWNNPwjD274oMOxx/CqnXiwR1o6s4NXIYv/8tyN5b0M2g"
    "5/ndNwI9/1O8kUSurd2JQ0uAk4nt+AdGMAN1+EwxVdNi8w23MqkoShjZNj/POiIZIwp5NG"
    "E/wCmphnOjs5bWKmqE5r7pA6O8ZMXixoDtEJmx073Gtsjr0yXi2eufTg3FvRo3DKHeCU1p"
    "veQ8IhTgCxuyGnciExuDNnErcRd1dPia+XjHvmxEPMnTi5lMyl5Hq1peRDDzO3BZVc/s2v"
    "6gfSZXFWYxX8sO/UY2t9rNtsEo+jUeXK/WKJh9+Qbsgs17mY1P9rkgryJ42zsyTB7Wdn0c"
    "Ht5F4gLg0vqhQIO80riO5ewq0dz+gwwtF1iT0k+dclPowAk1kF4p2U6rseZv/8f3/wRiI="
)
