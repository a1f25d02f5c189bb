"""Compliance: disclosure rules and rule set versions."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "disclosure_rule" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "market" VARCHAR(2) NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "deal_type" VARCHAR(16) NOT NULL,
    "covered" BOOL NOT NULL,
    "authority" VARCHAR(300) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "summary" JSONB NOT NULL,
    "scope" JSONB NOT NULL,
    "quote" TEXT NOT NULL,
    "caption_tags" JSONB NOT NULL,
    "recommended_tag" JSONB NOT NULL,
    "tag_required" BOOL NOT NULL,
    "caption_position" VARCHAR(8) NOT NULL,
    "placement" JSONB NOT NULL,
    "placement_quote" TEXT NOT NULL,
    "insufficient_tags" JSONB NOT NULL,
    "no_hashtag_cloud" BOOL NOT NULL,
    "avoid" JSONB NOT NULL,
    "platform_switch" VARCHAR(200) NOT NULL,
    "switch_detail" JSONB NOT NULL,
    "extra_labels" JSONB NOT NULL,
    "sources" JSONB NOT NULL,
    "checked_on" DATE NOT NULL,
    "data_version" VARCHAR(32) NOT NULL,
    CONSTRAINT "uid_disclosure__market_5d5f56" UNIQUE ("market", "platform", "deal_type")
);
COMMENT ON COLUMN "disclosure_rule"."platform" IS 'TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube';
COMMENT ON COLUMN "disclosure_rule"."deal_type" IS 'PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted';
        CREATE TABLE IF NOT EXISTS "rule_set_version" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL UNIQUE,
    "version" VARCHAR(32) NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "record_count" INT NOT NULL,
    "loaded_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "rule_set_version" IS 'Which version of a rules file the database holds (one row per kind, e.g. \"disclosure\").';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "disclosure_rule" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "market" VARCHAR(2) NOT NULL,
    "platform" VARCHAR(16) NOT NULL /* TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube */,
    "deal_type" VARCHAR(16) NOT NULL /* PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted */,
    "covered" INT NOT NULL,
    "authority" VARCHAR(300) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "summary" JSON NOT NULL,
    "scope" JSON NOT NULL,
    "quote" TEXT NOT NULL,
    "caption_tags" JSON NOT NULL,
    "recommended_tag" JSON NOT NULL,
    "tag_required" INT NOT NULL,
    "caption_position" VARCHAR(8) NOT NULL,
    "placement" JSON NOT NULL,
    "placement_quote" TEXT NOT NULL,
    "insufficient_tags" JSON NOT NULL,
    "no_hashtag_cloud" INT NOT NULL,
    "avoid" JSON NOT NULL,
    "platform_switch" VARCHAR(200) NOT NULL,
    "switch_detail" JSON NOT NULL,
    "extra_labels" JSON NOT NULL,
    "sources" JSON NOT NULL,
    "checked_on" DATE NOT NULL,
    "data_version" VARCHAR(32) NOT NULL,
    CONSTRAINT "uid_disclosure__market_5d5f56" UNIQUE ("market", "platform", "deal_type")
);
        CREATE TABLE IF NOT EXISTS "rule_set_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL UNIQUE,
    "version" VARCHAR(32) NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "record_count" INT NOT NULL,
    "loaded_at" TIMESTAMP NOT NULL
) /* Which version of a rules file the database holds (one row per kind, e.g. "disclosure"). */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXW1z2ziS/isofZlMnSYXy3aS0c5MlSzLji625JLlye6Ot2iYhCSWKULDl3i8e7nffg"
    "BISnwBaUISKZJB1W4mIdEg9QAEup9udP+ntcQaMuy3/QV0Wl3wn5YJl4j8JXK9DVpwtdpc"
    "pRcc+GiwhmrQ4tF2LKjSXmbQsBG5pCFbtfSVo2OTXDVdw6AXsUoa6uZ8c8k19T9dpDh4jp"
    "wFssiNP/5oPWPryV5BFdHOVwZ0ZthaKvRpiq61/vUvclU3NfQXsml7+s/VkzLTkaFFfgdp"
    "S26x64rzsmLXhqZzwRrS13lUVGy4S3PTePXiLLC5bq2b7PfNkYks6CDavWO59PfR1/dhCH"
    "6y91M2TbxXDMloaAZdwwnh8ahsrrUUZTSeKreDqaK0BBBUsUnRJ69qs18/p6/wU+fo5MPJ"
    "x+P3Jx9JE/aa6ysfvnmP3gDjCTJ4RtPWN3YfOtBrwTDegJoYjgTEZN5YfIx5sjHEyU+JIx"
    "7gmwV5cGGD+WYilgH6Ev6lGMicOwvyz6POxwyIf+9N+p96kzek1Y/0kZh8Od7nNPJvdbx7"
    "dBw2uBtYhQYSQXsjUR7GrX8vlP6oVQrMeUBOhzgBsKMv0b+xKQRxWKZEkHu2Dv/7dgHN+Q"
    "Lq5YD9/iQH2u9PUuGmt6J4P6PHBcZPyhN6EYE8JlYi6uUA3Tl9nwNp0ioVanaPjzWyLGxt"
    "g/ZasHF4739iqxaiUCiebhRF+pzcoYsGH+2oZAxqzRd9G/yljvsk+YHa2DRefKUoA/rp8H"
    "pwO+1d39DHLW37T4Ph15sO6J0Ou/oSu/om/lGsOwFfhtNPgP4T/HM8GjB4se3MLfbETbvp"
    "P1v0naDrYMXEzwrUQvpbcDVALfqJBTorVydKVTvjYq8roHUY5j3ooFSrnz1xVdCIeRDF+Q"
    "JbSJ+bn9ELg3tIXguaKm9/9o2cL+G+agbzt2AyBVc3U9WCz2uDKDHHCArktyPHW/t7t/3e"
    "+aDFAH+E6tMztDQlBXkipn9Flo7sJPRnvuzF5wkiej79Lamon3v9vDQI9MhigF2HrHTqYj"
    "eUxqFemoySQuxCc8cZFWB1Q7pqKl4rZGqkE4W0MG0PkB1Ru/F6nG46bBJ2dEXDHRxaySJr"
    "XPLWsrOMX4EmnLOfRJ9Nn+Qjd42Wj4yuStBm/p12FnG23LR5jTpr9YCD4HJJxuMteFgzKK"
    "6NLLKcPwDdBs4CgeDGDzbQtTbAFnig79X9RdNtcu8F0H/99gBIG0AMVvJ/w7umvW3FUC7n"
    "iQLEn/9kSfxVg/gLhiMBcQ7iLyQrib98xJ//OSns3wKYx+WaiPe7d3nwfvcuHW96L4o3/a"
    "8oKRWWKQrnUteS4mG2cBqbPTDdZcJ6i8AdyJZIRuEV7dPjwAQQb/XOr4ejLoDaUjfvzeve"
    "qHc5mHSBp1dY9+b4ZjDpTcfkUuQJoiOUhzM8SqcMjxKMoSSx0qGXJJYksSSJVVsSCz+bZH"
    "liyxS2djSg+14vOXD3f1PVYY+qQtjZlekbkS4aig75KueIhjKY811RuqVd9VlPDQULupru"
    "KAae7wZUj3Zz5fXSQJQ2/Lriq1Gl8ew1h4st6hKsPGz7XmaWgG+i1mCV75qoI1xzA9s2tF"
    "4UB1nLHeG69Puakq4aCldFHDl1hM5CK+NF0Sw4c3aEbEJ7OqcdNRQqFS5XkNiRe9Il+n53"
    "DUKrSAfhxibn+AgjBnu6mzDCEbzuKRybCFwg3V64wEEmNJ02c7x9QX28BCq2VsxLR313LD"
    "QYUECwgZIOwF064vr1Av8PbYD+IpuECQ3Gl0uXXhVcetvy8GH5KruXWheD4e2nO9IZm9T3"
    "5pdBf3zdBc9Ixct7sz8e3Y6vBt1gHleDgY98J9wB4k/+uFyVB6ZKflZR/2r5ftWyItBzuf"
    "s6Ge6+TtLdJ/1J6eg3y5+U8Hnk4eTpgbBdqXj/MGLNRj+XKu/Fi+0I0CYwrYkQle3PqSVI"
    "5Tl0agnPwTw6tUSrfJdOLWGSZybkmYn9oyTPTIh5Jkr1SdQSqYo4JWqJ3YG8ErXEKjS/FJ"
    "WsPhzSRQSw0OzqB701HTbXhvP9wXYX9NZE2NZOsNKcX/WECdP3x9Y+lv1+uK8mASbkLgxZ"
    "lWQbVFbY0NUMLWRsoikmf+SwLEl3N+veGuSJFXCuBjQNL2vZhsHJSFwWalRG7jL69wU0NQ"
    "NxvZ4xKUZDtEib2HUa42Zxrsd7lg5U6UDdswN1Ovw8HX8mg6c/Ofjp3hyObqe9y0nvugt0"
    "+uPmFlzem/8Y303vzgZd8ELMVPexIo5U7/MQce1tJKo8KNs6T4s4zRdagoRxbrKjugisVe"
    "yaDo/RSAc6JLIVyhVTI2L+6jze6nRfdeJgKpr7+ldedDcSzQN3/8uxh5bwcfaYWAORLmKt"
    "OEhSy0rDvP98fwY05y6XkMnIzRqSaR7Ge87MipZQN0TQXQs0D9rOaZ75S1plpAdNzOAZNg"
    "z8zA8w0eepVmJEbKsz31WD2jMXf+50jo8/dN4dv/94evLhw+nHd2u7MXkry4A8G15SGzIy"
    "EIFRGYs62NaCXAuXGIa4srC9QqrTEhuG1s1kfHsz6E+7IOiBxd5Oe/3p4JxF3zpQJe96b0"
    "4GN1dDeo06VnR6ZTS4HE+HvelwdElGD82xo0OHjOW9SczQAW1KbFBEW972rm+uBsrtp+HN"
    "Db1uw+WKGBn2Ql+tQvcng/5g+HuogYVUpH+lLeg7DUZT5WZ8u34xZDoKDY6j9296Q3J1BX"
    "Xy9/NB/2o4oq00pBq6Se9ffvIF5wtf4uxq3P9MrzwaWH3yTmIIf/m5PvyM7z7x2ZOpw/ni"
    "/+d2PEpRDPz28RhMXXXA/wJDtwvzWbV+mbmmSucReHR1gwy8/ZY+7zfBKShKVPKgpvjQnt"
    "fhlwHEb657f4+j378anzHIQnGVtIMzGR77nYbHhkfdXWlbjnpUUo56VUY9wCg07MkQHkrj"
    "iyXYCYs0SNHakZeXeYuKwlbmLSo5b1FifdgDurnj/Su2OORFNrwoRlAlLwBGd1dX+dJByZ"
    "h4GRO/N7QOEOxdk69XxnrLqFIZwHb4KKui8l2wPZATjxXsjenBWGbQYq+RWIkQq1DMV4gz"
    "EQuYymLDGxYzVQoJnh5Z9UR+/LaceCBbIiUezGEROpzcG5BBIJL35vmkdzHtAi1Yog9dCx"
    "H9xaGkpuRqCjPst29ECE8W1TT4+zSb+10zTVfj0WXQPE4IS+53D0NRbdYvSfaSmwssyPtF"
    "ZCTxlyT+/E1dDNWokCT9JKEqCdXDw1wcoRrS/HfEt3npQeLoRtfG17H1dijJVr8KbGQrF6"
    "ari7Tcw7Qsx4CPsbbpdnyYKc5lz7d6K3ro/CdWGY5Jg4Vuk9n30mXJJW3sWipiBeRmrmmS"
    "5wFoaoDqsj/p5k9MglO9bk+d5uEUImu398s9VoGe0QoTDqFbknCoJOEws/BS2SkUL9pDhU"
    "NPZSBe1QLx8G4zLyxfZQpGTryKTbzQvpSYeq9QTxFJST1VmnoKBuvxRZAoictJCkpSUJKC"
    "qie2koKSFFQt0BWloDa7lKShXgc3vqVXiopa54Ll8FDhPLHpJFQkKW3BESVR9kfGlFSd4o"
    "FqENCV9yDxRqLKZnX+YSj4JLwDLfK5iAC8kZBlNPKU0dCQwz0Ln35ocyNRjWOb9LHy2KYM"
    "3akTf0K2AeHIHXVH875i+qW07quNrbTuD2jds49dGp+vx0CoKXb9oe3OGwuryLaRNviK2N"
    "snrM9Yi3aWDboK2ipo3ThX8U4Nae4KgSf0At6gt/O34GFpz7u/eDU4f+v+siS90hgLXfvt"
    "4cc2abdyAHSAgaDtgI9ggV3LBm/8yp0Wcug5NBbp8H8fwOJHfp3PEp75aknQnSuBShu6LB"
    "s6O+MtfwTqkuV2S0Nv/ykSBdOoNjd/qixFWeoSU3ebLaEEH0abWB/e5ugR4YPd6RqEFm6V"
    "S3WgE04D2HUesWtqwN+1u36B7mdoGKwJ+C9AU3sCaJP/PSGtDR40sjVD5wHoJrib9ts0Zt"
    "JxvaBI8go2eQZfcSj8iXkoeE+UvR/rNDVrfhsEbWWK/FJT5NfrIOcWMW2TwfVwdD6Y0FC1"
    "Je3bujfHd9PJoNf/1AVBpoN783x4SRa1LtD0ObK3OuS5f0Vj8/lsMzwb6TKTT3pFxQQZ5N"
    "bNYHTOIgd9+XvzNrhih65M2T+de/OiN7yi4XozqBssIrA36g+u2CWVgmGwq7efgxDDJxZb"
    "WI1R9ZdCQeVmIyXZ6MppNpF803SDVegGK2IkRKWqvKJua4b9nOc7+jn9O/o5/h2JJk7fKW"
    "l6tcHdv6/Y1/QENK6QRHm0/1Gl1a4QBe04aLni5Qm6XZJvPt1PFZIrD9V3xaJ63Pnwfg0o"
    "/UcWlrfXvasrTlivAamBsw1LEJHcw2ZaTba/EXspVfa2GOKQmBzfKo+vAW1HQZbFc89lVe"
    "cISzUuMuk0F6t6msGqniZZ1cBPZKGZCNQxscZhfdTJk5qJtErXSzuJ9Ey2g1aiG30gIzf5"
    "SIZFmwAkGhUalWrelC2g5BcB7OtWylRMVO62Vd5tq582rrBPKGsYi0ga56WxUPiIpy9dMb"
    "EGAF+CalMvh3G5LFE9y3TkKc6iLqAjfFzakXGpr5yU3uYYelxOBlRX5xh6w2EN/LeC9Xqi"
    "UhJYDrCyCpI8U1FtbOWZikNmTFjw1G3xdAl+Nw3FNaRyVjMJRcWW3KJyUMiaXflwzVGzi2"
    "8xSGzzzdkcqT3yFWIShlegGlNNAY5p9fxV4TAh52vwOSHn4YFJDzkPz4R8Ief+GvmDvQ5y"
    "BTYiA0pmCXhD3U3gCPwKZrplO8DBrrpo0wS8JvDKxv/kruwfgWs6ugEgy/JI0/XilQ10hx"
    "9wXvDztsv4gmVoeaE6eBukh5bXMHqZJpT5KlwpqNefDn8fdIEnfW/eTsd+2DGZwCyl6fl4"
    "RO5r2ET8UOX4B3WocPM6+K0LDvnbh9+ajrtClh9bzHEdE2uc92f/UarS9ZMOfXNdP+5K23"
    "LUo5Jy1Ksy6pzwhWQJUenwkw6/moEr805LL0rFsZVeFJl3uhbobpF3WnqoCvBQSb5/v3x/"
    "OiMdzivLEo7oiEOnnfmyF58nyIApYe+c9CbNQP1bGbT9jQHNVgZ1z+6389D3yipo+nr1PV"
    "qEidhQSAOP0FEX4BnqtKASy95GcJjp1rINvITxgF5iZOLfwIPuoKX9ABaY/ERWU0/Fy5VL"
    "BpolfLE5JfmKfNLrvL1k5SUrn51TxJ+dorz8zWR8M76lRHvQAysddjGcXPtVw+jMTksfUg"
    "1Onn1iydFKTyi+FqhGPnH6vMbkE5enOuSpjgroQjUleeWpDknyNgxcSUZKMrIihnBbhnRL"
    "wqySi255hFmRXNAtMrUbbOgqN29w6G47iweiySyV1aZhDhbIQXD5g83SYIJnMoT4uU1T8z"
    "K6ZR1y6WX1ZYotuNZN10E2gDMHWf6dpa6Z+nzBCd0s4gGS86kW5/OM0JMGX1JYnxQdJSRT"
    "osV61O60j8sxWzv5ktdn5K6P26ze16OQhdzi7KTZgZRx2fJ0wtOTGqQC8uFBvGzVuYBF3F"
    "zVBcL6/n0NYP3T1ZGz3YSNiZYYANypD7JbzNeIYHmonnysAag0j7eyIOoTfzc7w9hA0Exh"
    "YeOyMWwfiXBR4AbKRLkc+Nl4fBXh/c6G8dRFd9dng8mbI7bHkUa6p2sngZ/DlWIj8miNA3"
    "vqVI5JlblEFDyZ98Ygeaef3JUiqp8lBEtU0o7bH8pR0U7yqGgn6SraSUJFk7Hj6dDX062Q"
    "J3a8Ujxt7U3NBEsrwsjkYnTHJppi8kcZfO5Bh2O/bO7+2K5LA9s2tF6myFq2OHxX5H47i/"
    "Ga+y0VJ2iai/OyloyAYh2CpWs7wLXRW/BgQHPuknd+APet+xZ41p0FePDK1INffwWeq/2h"
    "CyCgbwxM9BVZBFFo2gadE3z+q8iHcatrRqa+Hx7glwkMnrlbxU1Jme0aJsUGRUQh20g0sM"
    "DIUa4Qj6OMEI+jZIhHdOILRtM0t6pmIVh7q5YIzhsJiXE+jNdLtwDKYZnGBYblya2fnlk/"
    "kVdfhoS9pkfW0FbjxIDJiCUZsVQXbGXE0qGPT8rwmnzwVju85sar8jr1jWcPgwTtwGnVzi"
    "If/GqyihMTyEFBWDR3GU1VtiYGVOwaGjCxA0hnz8TSf0FOFzyhldNmxbG9q0ijwTO6Y9MD"
    "Uw54pinONn3oNqB48WiI4h8oVrHbRH/RImqs/iAr3S1EQJzp8++Fg/i50zk+/tB5d/z+4+"
    "nJhw+nH9+tN5Lkrawd5Wx4STeViOK1SwVvPvp1qNq9rVW39+NX1S+ZcyCjooiiOR7joGxj"
    "RnNEtxqCiu3t0el93MkxvY87qdOb3opX/oIasrZCnCPaiElfPIOBtwOcJ9u8Ob5nwBdETz"
    "J4WRPSD9CGROQR2uw1fosjtCxaXIwhXUvI9eW16V7Hw/2eiSY4v1s3g9H5cHTZBb78vfll"
    "PPnMrlAegV0JZ9296A3Z8f4Z1Ctztl8WhW/tNzw0brImcM32EnDEpaug2q4CA5JB2MojFJ"
    "GUdWurPMqySnwpxqB0r34XX1PAGm8xzjFRuWpWepztJ9EKjmER6Tzn5FKR2WlkOEKlsZXh"
    "CDKBSsVxFUqgwnakPWDa9OCO8M5dqbiOCa3kdm7BmdPixHOE7raz4jhYPThFWzfMFb9BS8"
    "g9W7rjsCJzVpDMxAYzC3sHPvzMJ4+WjmZ/YyEU1H9LYyZIr5ge68AOAtgErJodVWkN3UT8"
    "4I1CnyYTqlTrdIh0K1XMrUQ/HbL8CY1IWEYOyd6HhK1zyfFIj51ZCzTCz1d28Ex9Dp/U1b"
    "nqYFMsJslvXyL1HPy1FHhltF2tFwyq38cDo3Mv1RzZBnhYyh4C6XHZaijqxsTLA22yzmLt"
    "cJXMvGTmK0p2yjqLlaqzKA9hNuUQZuhcZR+qC9TiUPaJNu0s4j5kIyjquvmr9P3YRGCmm7"
    "q9oLXkNn3Q6nPMC9AGT+iF1qt7ATTpEplLtF6dQw9A2gtIVl+gO+CNjRBgT33L/qQ5Y35M"
    "svdFP+z1DFA0l81O6Z7kaUt6r5TTlmLJipqbpej9SQ725/1JKvtDb0U1TnmQtUBqzc+atQ"
    "1LzBGV586ieCe54sMfZa32DN8z3kz1EEF5LdBAbAtJbmYh2/cs5CWJNxKNwFiSw7UYirqR"
    "w5JnkzxbRcmKLZJOH4KquLPh/DWqwmvTzktVuOvmr1IVU/yETBvgGcDmOnETpLDTKEAvEZ"
    "PpLIwXwDpliZtUsoaAFbLAGuEkK7HHfvPkfYp8G6ENRGZ9qigPIY3l4oxlaU0UbU2sLEwP"
    "2TtskRNQexJyUu/h+cQJSGSfpjuZMMJcWYlyRmV1aaBJA00aaNJA2/vnU2sDrQ+XK0hGrM"
    "UxzNb32lkGmRpu9Zodlo7t6+5X+nbKzj7Y78XwKexQFfuvgNIdtJc6dz6dez3NBTGWpXaE"
    "bRvNVYVq7YREGhBGHy+znq/Oelah9QTGS2g9iZUz2kg0z3mdJxVUeiaoRCKolQGdGfaq9S"
    "XhfT2PZFi+wmAT6+DzdPyZPE5/IqbuvTkcEVvhctK77gKd/ra5BZf35j/Gd9O7s0EXvGDX"
    "cR9RnKk9DEWlIWh4qG45SJEOysz3CXVNcOFp3fSG511AJe/N3sXF8GpIDMMugLOZbujkBe"
    "/Ny+HFlKb3nOszpyrpPfFshiyFf6YtfZ2KSjVuNzjNtRucZuwGp5xCgg60HFvhnWGjRExK"
    "WFNYKIuDqcyCtQ/6hVIqMfSQqYliFxL5npGTDGD6V1/PYuL+dJTH+Q5Fqku2VbKttWZb5d"
    "Gogx2NCjtAKRpkd6Avy/F+nvnyF58nKDWDQUBWh/tqDvzfCiX/I5jxPABxUDPcAImmObK/"
    "+YcYf7ABtXOpPQ8gCBwKbeBHUIVbMdhZa6+E3kPQ+oFmaKO/j5f3rbDniMdsBd4S0uyP8I"
    "HXzQ3pzijTnSEZmsozNDaksS47DVKsiyrTnReTARmSmYXIaEwGF3ej897ZFblioZlrauxd"
    "KjEqKl4uddumEUgrZKnI5FnXSNWX0EgNYeJ0EDeyvR7e+j1VZpj2QlUM+sPr3tWb07bH+h"
    "PjWffUqGBAThIc2kwnv0GZIc6XkAl2RO47xPjoRABk1bUsZKpCLtiwTIWXly354OMcq8dx"
    "ehGTlBXdXuir1VbEHLcDWeiiygF6/pBZSEX6110GPdaDHPUqjzr5aQ7Z2RWNWElizouk5H"
    "ftw/DRoOOznSuD14H8dir97Ui/1Xfot3JX2pajHpWUo16VUed87P7bh751n/4T9FVGpaSn"
    "UiYelR7gemIrPcCH9gDLxKP5HcAiiUdD54N2BTfUVb12tdzgRjf0SqUdPddt1cC2a6GJyz"
    "BOuItjLdpZ/mJt3VaxgsZ7Pj0WOksQCnXf+OvkObJDOl5LPxtStQW32YdDSkJbng45QOzB"
    "FsNUz8gDFX+lhdSTw3OGsYGgmUa1rqViY/JIxKozKPsgVc/G46sIxXI2jCdNvLs+GxDcY9"
    "7XpEUJXYKVpTtCbteIUOOO4RznOoZznHEM5zh5DKc+JehKQnnPSW5td0k0Fc4sTq9xGRKp"
    "RolL+tjGlLi0VczbYjOGIxCQg7H3wfjTxQ5nMNLzE68FGrDuZDksCklODFdeijA4F6q5G5"
    "erxnfQqLq7FqLxj4hAoFGYRUaHI1qNAWrUQkWQVSz0p6uLGwBx0RKtgIAhqq0VECw9ZHh0"
    "fr3TjBhMjmyJuwY0X2qpsK4MqKIlN4A7fRGKCFVj+WnU/rDGVxHWmDiiUncS1p3IjHJnM1"
    "3VKZCiChRXWH4le/9KTKwsoL2gG65qYFd0o+aJl7hZr6/UdreGXzHPOZb+YawFqvExNEpj"
    "DXw2iv2sO+pCRHPiiDZgyyghw52HF3l1B+qcXPQZHFNcUH4Qe/8giIZkQYVg5Acf5B2buF"
    "w1hqZRG7dXrVBoVEIickD2PiDqAqlPSBM9pBOR2vGATo3cnpwTOizQ5SuybEHSIi5XZTf+"
    "tm7MPMEtx+nRLccsvCURIXuYMDga2naLnN/9EeOEwcVatLPC4Gjsm2IjJzwDXs+c8mWhqw"
    "vgi9DiUxDQjmww0w3EcpnQWfUIbQQWmPwo8IZWp7LwMys7RYsMtQF6O38L7kNxePctTtXt"
    "Qp/0evYUGZJXZkjeYatVHRbaAhas8O6wxcYg9wQxiJkuYrspIY8Z+osv00CQ91/9nfoeyQ"
    "6qYpfnLkhdgeNi8tgPh0wzMNS2OvgZEWzguc/6nvNkl6qiufaQRZQ5nsbq38nUVOGmzV7P"
    "aUiN74Aan1RL4iTx6Wkekvj0NJ0kpvdiXhLyUQkg7DdvILqFFPLxM5uIUIkhkfKpxMNslH"
    "sjDQ+6mX37f1InKP8="
)
