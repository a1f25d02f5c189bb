"""Imports: spreadsheets kept between preview and import."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "import_upload" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "file_name" VARCHAR(255) NOT NULL,
    "data" BYTEA NOT NULL,
    "size" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "summary" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "chat_id" INT REFERENCES "chat" ("id") ON DELETE SET NULL,
    "uploaded_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_import_uplo_workspa_aefd60" ON "import_upload" ("workspace_id", "created_at");
COMMENT ON COLUMN "import_upload"."status" IS 'PENDING: pending\nIMPORTING: importing\nDONE: done\nFAILED: failed\nCANCELLED: cancelled';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "import_upload" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "data" BLOB NOT NULL,
    "size" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* PENDING: pending\nIMPORTING: importing\nDONE: done\nFAILED: failed\nCANCELLED: cancelled */,
    "summary" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "chat_id" INT REFERENCES "chat" ("id") ON DELETE SET NULL,
    "uploaded_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_import_uplo_workspa_aefd60" ON "import_upload" ("workspace_id", "created_at");"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXWtz47aS/SsofcmkVpkdy4+Z6CapkmXZo7UtqWQ5ubnRLRomIYllEmT4GEe5O/vbFw"
    "BJiQ9QJvWgSA6qEo8NokHyAATQpxvd/2nohoI0+313AZ1GG/yngaGOyC+R8iZoQNNcl9IC"
    "Bz5rrKIc1Hi2HQvKtJUZ1GxEihRky5ZqOqqBSSl2NY0WGjKpqOL5usjF6p8ukhxjjpwFss"
    "iFP/5ovBrWi21CGdHGTQ06M8PSJXo3SVUa//43KVWxgv5CNq1P/zRfpJmKNCXyHqQuucTK"
    "JWdpsrI+dq5ZRfo4z5JsaK6O15XNpbMw8Kq2itn7zRFGFnQQbd6xXPp+9PF9GIJX9l5lXc"
    "V7xJCMgmbQ1ZwQHs/SuqwhSYPhRHroTSSpkQNB2cAUffKoNnv7OX2EH1onZx/PPp1enH0i"
    "Vdhjrko+fvVuvQbGE2TwDCaNr+w6dKBXg2G8BjXRHQmIybix+BjzZGOIk1eJIx7guwnyoG"
    "CN+XogFgG6Dv+SNITnzoL8edL6tAHiXzvj7ufO+B2p9T29pUG+HO9zGviXWt412g9r3DVD"
    "hhrKg/ZaojiMG38vpO6gUQjMWUBOhzgBsKPq6G8D54I4LFMgyB1bhf/9sIB4voBqMWBfnG"
    "VA++IsFW56KYr3K3peGMaL9IKWeSCPiRWIejFAt84vMiBNaqVCza7xsUaWZVjboL0SrB3e"
    "+x/YsoUoFJK3N4oifUWu0EmDj3ZUMga14ou+D36p4jpJXlAZYm3pb4o2QD/p3/ceJp37Eb"
    "2dbtt/agy/zqRHr7RY6TJW+i7+UawaAb/1J58B/RP8azjoMXgN25lb7I7repN/NegzQdcx"
    "JGy8SlAJ7d+C0gC16CcW7Fm5e6LUbWdc7O0NaBW6eQ97ULqrn71wt6AR9SCK87VhIXWOb9"
    "GSwd0njwWxzFuffSXnt3BbFYP5azCYgtL1ULXg60ohSowxggJ5d+R4c3/nodu56jUY4M9Q"
    "fnmFliKlIE/E1C/IUpGdhP7Sl72+HSOyz6fvkor6ldfOskagRyYDw3XITCcvdkNpGGqlzi"
    "hJRC/EO46oAKsRaaqueJkIK6QRidTAtgfIjqiNvBYn6wbrip2qm4blSK6pGVDZEbU+a+uR"
    "NZUBL39KLj1cdAEwWkZo4o8sCclLekuPl0AM5+yV6L3pnXzI7pH+zNi9BMvoX2lu4hn1dZ"
    "23mMZGBzgI6jrpjvfgaUU4uTayyOr3BFQbOAsEggvf2UBVmsCwwBN9rvZPimqTa0tA//rl"
    "CZA6gOj35H/NK1PeN2IoF3PHHDypf2fBk5aDJw26IwFxBp40JCt40mw8qf85SezvHJjH5e"
    "qI94cPWfD+8CEdb3otijf9Ny+HF5Y5FM6FziWHh9ky0sj/Hnb1hLIbgTuQLZC7M0zapkcZ"
    "5kC80bm67w/aACq6iqf4vjPo3PTGbeDtK6wpHo56485kSIoid8jbQ1ko1pN0hvUkQbAKzi"
    "8desH5Cc5PcH6V5fyMV0ymJzZNGdaOmnPXa6VGSnNkK2Q4uxKjA9JETdEhX+UcUc8PPN8V"
    "pQfaVJe1VFOwoKuojqQZ892A6tBm7rxWaojS2hwh+duowswSFYeLTeoCrCzGib2MrBymnE"
    "qDVbwlp4pwzTXDtqG1lBxk6TvCdeO3NSFN1RSukti9qgidhUxtKSkWnDk7QjamLV3RhmoK"
    "lQx1ExI9ck97ia7fXE3REvbUo9pT1xQGx6Qa4TfSraoRSuVtw+oQI3CNVHvhAgdhiJ0ms1"
    "P+hrqGDmTDMplRk5o6meM5oIAYGkraS3dpiGsGDcxltAL6i6ypGGrMvCAsoGWwgG5rtgjL"
    "l9ka17ju9R8+P5LG2KCe4t963eF9G7wi2dCnuDscPAzveu1gHJfDYBH5TrgdxB/8cbkyd0"
    "yZzNJ5zdHFm6GLOt+QyTra2mAdbSWto8L8lo5+vcxvCRNRFhMGPW64q+XCP+pasd7PtJf3"
    "3Ot2BGjtx1dHiIo2f1USpOLsX5WE52gGsEqiVbwFrJIwiRM54kTO/lESJ3LyGXIKNeFUEq"
    "mS2HAqid2RjDiVxCo0viSZzD4c0iUPYKHR1Q1aqztsrg3n+4PtMWitjrCtbIaF2QqrCZNB"
    "n9+w9jHtd8Nt1RWwI1pXK4NXLvNqSAsn2wbJNDRV3rBrG2I0MciPDJo4aW60aq1Gluscxu"
    "iA1uLFEFwzXhvCCIYqFRFJkP6+gFjRENdKHJNitE2D1ImVUxdKi1Meb1kYnIXBec8G50n/"
    "djK8JZ2nvjjGyxT3Bw+Tzs24c98GKn25uQX1Kf59+Dh5vOy1wZKo9e5zSQzP3ueRxxS6li"
    "hzp2xrbD7EYdHQFJQb5zob9g+BtWy42OExQOlAh0S2Qrlk24iYfT+LdT/dtp8494zm/v4r"
    "K7prifqBu//p2EMrd7SEmFgNkT7EXHGUELOlhnn/0Tc1iOcul8DaECk5JFM/jPccJxnpUN"
    "XyoLsSqB+0rfMs45fU2hCsNzGCZ4amGa98hxx1nqolRsS2CilQNqg9dfHHVuv09GPrw+nF"
    "p/Ozjx/PP31Y6Y3JS5sUyMv+DdUhIx0RKJUxL41tNciVcIFum6Zl2CaSnUa+bmiMxsOHUa"
    "87aYOgBearPOl0J70r5q3sQJk86xSPe6O7Pi2jhiiVlgx6N8NJvzPpD25I76G54ajQIX05"
    "xUQN7dGqRAdFtOZD535015MePvdHI1puQ90kSoa9UE0zdH3c6/b6v4YqWEhG6hdagz5Tbz"
    "CRRsOH1YMh7EjUmZBeH3X6pNSEKvn9qte96w9oLQXJmorp9ZvPvuB84Utc3g27t7TkWTPk"
    "F++gT+4vP9OHv+G7T3z2ZOhwvvj/eRgOUjYGfv24z6oqO+B/gabaB7PxNX6auVim4wg8u6"
    "pGOt5+T+/3S84hmJeo5EFN8aEtr9xVA4jf3Xf+GUe/eze8ZJCF/FBpA5fCnfgbdScO97pr"
    "Klv2elRS9HpZej3AKNTtSZcnSuPni98UFqnRRmtHXl6ExToUtiIsVsFhsRLzwx7QzXw+om"
    "STQ1Zkw5NiBFXyAGDweHeXLdqYOEMgzhDsDa0jOMdX5OsVvvHCC1c4/B3fy+pQ8UHYGsjx"
    "xwrWxnRnLBzU2KsnVsLFKuTzFeJM8jlMbWLDa+YzVQgJnu5Z9UJefltOPJAtkBIPxnAeOp"
    "xc65FOIJJTfDXuXE/aQAmm6GNnJkV/cSipCSlNYYb9+rVw4dlENfX+OdnM/a6Yprvh4Cao"
    "HieEBfe7h64oN+uXJHvJxYWRk/eLyAjiL0n8+Yt6PlSjQoL0E4SqIFSPD/PhCNXQzn9HfO"
    "sXTiWObnRufBtbb4USbPWbwEaW8tx09SE19zAty1HgY6xtuh4fZooz6fONjkkP6f/AEg8y"
    "abBQbTL6lm0WjNM2XEtGLD/hzMWY3A9ArAC6l/1BxT8wCU5yxD01moVTiMzd3pt7rAI9ox"
    "UmHEKXBOFQSsJhZhm6tJMrXrSFErueCke8sjniGbuNvLB8mSkYMfBKNvBC61Ji6L1BPUUk"
    "BfVUauop6KznZU6iJC4nKChBQQkKqprYCgpKUFCVQDcvBbVepQQN9Ta48SW9VFTUKnYuh4"
    "cKx9VNJ6EiQXwP7FESZX+ET0nZKR4oBw5dWQ8SryXKrFZn74YDn4R3oEU+lzwAryVE2pEs"
    "aUcU5HDPwqcf2lxLlOPYJr2tOLYpXHeqxJ+QZSC35468o3pfsv2l0O7Lja3Q7o+o3bOPXS"
    "ifb/tAyCl6/bH1zpFlyMi2kdL7gtjTJ7TPWI3mJh3UDOpKaFU5U7JTBSmuicALWoJ36P38"
    "PXjS7Xn7Jy9n6S/tn3TSKvWxUJVfnr5vknqmA6ADNARtB3wCC8O1bPDOz3RqIYeeQ2OeDv"
    "/3ESy+5+dFLeCeb6ZQ3TlzqtChi9KhN0e85fdAVaLcbqno7T9EYs4wqvWNnypSdxY6xVRd"
    "Z0tsgo+zm1gd3ubsI8IHu9N3EEq4VqatAx1wCjBc59lwsQL8VbvtJzR/hZrGqoD/AjS0J4"
    "A2+e8FKU3wpJClGTpPQMXgcdJtUp9Jx/WcIskj2OQe/I3Dwe+YhYL3RNnzsUZTo+Y3QVBX"
    "hMgvNER+tQ5ybuHTNu7d9wdXvTF1VdNp29YUDx8n416n+7kNgkgHU3zVvyGTWhso6hzZWx"
    "3y3P9GY/35bNM9a+kig096SdhyMsiNUW9wxTwHffkpfghK7FDJhP3pTPF1p39H3fVmUNWY"
    "R2Bn0O3dsSKZgqGx0ofbwMXwhfkWlqNX/akw5+ZmLSXY6NLtbCLxpukCK9EFNo+SEJUq84"
    "y6rRr2Y5bv6Mf07+jH+HeUN3D6TkHTyw3u/m3F/k4vx44rJFEc7X9S6m1XiIJ2HKSbvDhB"
    "Dzr55tPtVCG54lD9cFhUT1sfL1aA0j82Yflw37m747j1apAqONuwBBHJPSym5WT7a7GW0s"
    "3eFl0cEhP9W+b+1aDtSMiyeOa5Tdk5wlK180w6z8Sqnm9gVc+TrGpgJ7LQLA/UMbHaYX3S"
    "yhKaidRK35e2EuGZbAeZeRf6QEYs8pEIizYBKK9XaFSqfkP2ACm/CGBfttpMxUTFalvm1b"
    "b8YeMO9glt6sZDBI3zwlhIfMTTp66YWA2AL2BrUy2DcbEsUTXTdGRJziIvoJP7uLQj/FLf"
    "OCm9zTH0uJxwqC7PMfSawxrYb3Pm64lKCWA5wIosSOJMRbmxFWcqjhkxYcHbbucPl+A3U1"
    "NcQ1vOcgahKNmUe6gYFCJnVzZcM+Ts4msMAttsYzZDaI9siZhyw5sjG1NFAY7t6vmzwnFc"
    "zlfgc1zOwx2T7nIeHgnZXM79OfI7e+XkCmxEOpSMEvCOmpvACfgZzFTLdoBjuPKiSQPwYu"
    "Cljf/BNe3vgYsdVQOQRXmk4XoN0waqw3c4P/D9tov4YgjX8oPuwZsg3bW8gt7LNKDMl9yZ"
    "gjrdSf/XXht40lP8MBn6bsdkALOQplfDAbmuGBjxXZXjH9Sx3M2rYLc+sMvfPuzWtN8lMv"
    "3Y+QzXMbHaWX/276UqTD/p0NfX9OOaypa9HpUUvV6WXue4LyRTiAqDnzD4VQxcEXdaWFFK"
    "jq2wooi405VAd4u408JCdQALleD798v3pzPS4biyLOCIijh02qUve307RhpMcXvnhDepB+"
    "pfi6DtRxrEjQ3UPbvezELfS2ZQ9e3sezQJE9GhkAKeoSMvwCtUaUIlFr2N4DBTLb0JvIDx"
    "gBYxMvEf4El1kG4/gYVBXpHl1JMN3XRJR7OALzYnJd8h7/Q2by9YecHKb44p4o/OvLz8aD"
    "wcDR8o0R60wFKHXffH937WMDqy08KHlIOTZ59YsrfSA4qvBMoRT5zerzbxxMWpDnGqowR7"
    "oYqSvOJUhyB5awauICMFGVkSRbgpXLoFYVbKSbc4wuyQXNADwsrI0FSZGzc4dLW5iQeiwS"
    "wlc10xAwvkIKh/Z7MwmOCVdKHx2qSheRndsnK59KL6so0tuFex6yAbwJmDLP+KripYnS84"
    "rpuHuIHgfMrF+bwi9KLAZQrrk7JHCckUqLGeNFvN02LU1la24PUbYtfHdVbv65HIRG5xVt"
    "LNjpRx2eL2hOdnFQgF5MODeNGqMwGLuLGqDwjrxUUFYP3TVZGz3YCNiRboANyqDrJbjNeI"
    "YHGonn2qAKg0jre0INsn/mp2aRgagjiFhY3LxrB9JsKHAjfYTBTLgV8Oh3cR3u+yHw9d9H"
    "h/2Ru/O2FrHKmkenvtJPBzaEo2IrdWOLCnDuWYVJFTxIEH894YJO/0k2tKefdnCcECN2mn"
    "zY/FbNHOsmzRztK3aGeJLZrwHU+HvppmhSy+46XiaSuvaiZY2jyMTCZGd4jRxCA/iuBzj9"
    "od+2Vz98d23WiGbUNrOUGW3uDwXZHrzU2M19yvKTlB1Uycl6UzAoo1CHTXdoBro/fgSYN4"
    "7pJnfgLTxrQBXlVnAZ68NPXg55+BZ2p/agMI6BMDjL4giyAKsa3RMcHnvw55M252zcjQ99"
    "0D/DSBwT13y7gpKLNd3aRYp+TZkK0laphg5CSTi8fJBhePk6SLR3Tg5/SmqW9WzYNg7c1a"
    "eXBeSwiMs2G8mrpzoByWqZ1jWJbY+umR9RNx9YVL2Fv7yArqahwfMOGxJDyWqoKt8Fg69v"
    "FJ4V6TDd5yu9eMvCyvE1959jBI0A6cWs1N5IOfTVZyYgIZKAiLxi6jocpWxIBsuJoCsOEA"
    "0tgr0fSXyGmDF2Q6TZYc2ytFCnWeUR2bHphywCsNcbZuQ7UBxYtHQxz+hvkydmP0F02ixv"
    "IPstTduQiIS3X+rXAQP7Zap6cfWx9OLz6dn338eP7pw2ohSV7atKJc9m/oohLZeO2SwZuP"
    "fhWydm+r1e39+FX5U+YcSak4RNIcj3GQtlGjOaJbdUHJ1vbo8D5tZRjep63U4U0vxTN/QQ"
    "VZWyHOEa3FoD88g2FsBzhPtn5jfM+AL8g+SeNFTUg/QBsSEUdoN8/xWxyhZd7i+RjSlYSY"
    "X94a7lU83O+paDnHd2PUG1z1Bzdt4MtP8W/D8S0roTwCKwlH3b3u9Nnx/hlUS3O2XySFb+"
    "zXPTSusiZw3Wwl4IgLU0G5TQUaJJ2wlUUoIiny1pa5l0WW+EKUQWFe/Sa+poA13qKfY6Ji"
    "1ix1P9sveTM4hkWE8ZwTS0VEpxHuCKXGVrgjiAAqJcc1VwAVtiLtAdO6O3eEV+5S+XWMaS"
    "a3KwvOnAbHnyN0tbnJj4Plg5OUVcVM/hs0hdyrpToOSzJnBcFMbDCzDO/Ahx/55NlS0ewf"
    "zIWC2m+pzwRp1aDHOgwHAQMDls2Obmk1FSO+88ZB7yYCqpTrdIgwK5XMrEQ/HTL95eqRsI"
    "zokr13CZvnkv2R7juzEqiFna9o55nqHD6pqnHVMXA+nyS/foHUc/BrIfAKb7tKTxh0fx93"
    "jM48VXNka2BhKboLhMVlq66oGhMvDrSJPIuVw1Uw84KZLynZKfIslirPojiEWZdDmKFzlV"
    "0oL1CDQ9kn6jQ3EfchHUGSV9XfpO+HGIGZilV7QXPJrdug2eeYFaAJXtCS5qtbAhp0iYwl"
    "mq/OoQcg7QUksy9QHfDORgiwu75nP2nMmO+T7P2hb/Z2BCgay2ancE/itCW9Vshpy3zBiu"
    "obpejiLAP7c3GWyv7QS9EdpzjIekBqzY+atQ1LzBEV586ieCe54uMfZS33CN8z3mzrkQfl"
    "lUANsT1IcDML2b5lIStJvJaoBcaCHK5EV1SNHBY8m+DZSkpWbBF0+hhUxaMN529RFV6dZl"
    "aqwl1Vf5OqmBgvCNvAmAEDrwI3QQo79QL0AjFhZ6EtAWuUBW6SyRwCTGSBFcJJVmKP7WaJ"
    "+xT5NkILiIj6VFIeQijLh1OWhTZxaG3CtAx6yN5hk1yObU9CTux7eDZxAhJZp+lKlhthrq"
    "xAeUNmdaGgCQVNKGhCQdv751NpBa0LdROSHmtwFLPVteYmhUwO13pLD0vH9m3zK306aWcb"
    "7Lei+BzsUBX7N8emO6gv9tzZ9tyrYZ4TY5FqJ7duo7hyrlw7IZEauNHH06xny7O+KdF6Am"
    "MdWi/50hmtJepnvM4SCio9ElQiEJSpQWdmeNn6kvC+HUcyLF9isIl2cDsZ3pLbqS9E1Z3i"
    "/oDoCjfjzn0bqPTd5hbUp/j34ePk8bLXBkvDddxnFGdqj0NRKQhqHqpbdlKkgSLjfUJVyT"
    "nxNEad/lUbUMkp7lxf9+/6RDFsAzibqZpKHnCKb/rXExrec67OnLKE9zRmM2RJ/DNt6fNU"
    "VKp2q8F5ptXgfMNqcM5JJOhAy7El3hk2SsSkuDWFhTZxMKWZsPZBv1BKJYYewkpe7EIi3z"
    "JyggFM/+qrmUzcH47iON+xSHXBtgq2tdJsqzgadbSjUWEDKEWDrA70YTnWz0tf/vp2jFIj"
    "GARkdbit+sD/9aDkfwQzngUgDuoGM0Ciaobob/4hxu9sQPVcqs8DCAKDQhP4HlThWgx2Vt"
    "tLofcU1H6iEdro+/Hivh3sPvl9tgJrCan2R/jA6/qCMGcUac4QDE3pGRobUl+XnTop1kSZ"
    "6c7rcY90ycxCpDfGvevHwVXn8o6UWGjmYoU9Syl6RTZ0XbVt6oFkIktGmKddI1nVoZbqws"
    "RpIK5key2891sqTTftharodfv3nbt3502P9SfKs+pto4IOOUtwaDOVvIM0Q5wvYSPYEblv"
    "EOOTsxwgy65lISznMsGGZUo8vWzJB59mmD1O05OYpMzo9kI1za2IOW4DItFFmR30/C6zkI"
    "zUL7t0eqwF0etl7nXyag5Z2SWFaEn5jBdJyW/ahuGjQftnO1MGrwHx7ZT62xF2q2/QbuWa"
    "ypa9HpUUvV6WXud87P7Th751n/7LaauMSglLpQg8KizA1cRWWICPbQEWgUezG4DzBB4NnQ"
    "/aFdxQU9Va1TKDG13QSxV2tK+bhuU8mpoBo3ZJ3vXmJluxympK7rrqXs+NiagZu65kR46a"
    "MVM1JOU9ZxYRquEhqNb5eZbzI+fn6SdI6LXY+QTSBbyRjqG15MMcSMQQfl46Xta0imG8ae"
    "z6GbRW2iMB8rI/6Ix/58eLu+Rk3Lr8fdLrxI0f6t+cgZ06tQTVxU6Zo4WQHYPjcjzHMnoF"
    "rKSL9NtAWKEQ5UO4MeoNrvqDmzbw5ae4fz8ajieszFtQWenVcNBrA8XAaIqvO/076swxg2"
    "RuVKa42xl0e3esSKaAaFppXDxcXSdTTrIj0/MChkTKkRaQ3rY2aQEF97xNV5ScdUySzUFA"
    "/S36OSYqTEll7udQNu+sFOhaQtDKyY2Hp7tucbwoKSjgFeyyYJePDvMB2eUFb3XNz376zV"
    "RrZsjMfK7XmxTWM2X63QOydT+zlVxzSkUsd5ClyosGh1L2rzQ3kclwXeeQLLI4lVPkqZwv"
    "yLK5yY7T+d+QiGB/s7G/9KPKgbBfvYboHiTAmO9xmYfTCokUz2kdR5XeG3uV2OIWuZh9/X"
    "/AWJb7"
)
