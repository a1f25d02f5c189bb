"""Campaigns: campaigns and collaborations (creator x campaign, offer, sample dates)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(100) NOT NULL,
    "name_key" VARCHAR(100) NOT NULL,
    "product" VARCHAR(200) NOT NULL,
    "market" VARCHAR(2),
    "platform" VARCHAR(16),
    "deal_type" VARCHAR(16) NOT NULL,
    "offer_text" VARCHAR(500) NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_workspa_947dea" UNIQUE ("workspace_id", "name_key")
);
COMMENT ON COLUMN "campaign"."platform" IS 'TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube';
COMMENT ON COLUMN "campaign"."deal_type" IS 'PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted';
        CREATE TABLE IF NOT EXISTS "collaboration" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "deal_type" VARCHAR(16) NOT NULL,
    "sample_type" VARCHAR(16),
    "commission_percent" DECIMAL(5,2),
    "fixed_fee" DECIMAL(14,2),
    "currency" VARCHAR(3),
    "sample_shipped_at" TIMESTAMPTZ,
    "sample_received_at" TIMESTAMPTZ,
    "content_due_on" DATE,
    "content_posted_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "campaign_id" INT REFERENCES "campaign" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_collaborati_workspa_993f9e" ON "collaboration" ("workspace_id", "campaign_id");
CREATE INDEX IF NOT EXISTS "idx_collaborati_creator_95475e" ON "collaboration" ("creator_id", "campaign_id");
COMMENT ON COLUMN "collaboration"."deal_type" IS 'PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted';
COMMENT ON COLUMN "collaboration"."sample_type" IS 'FREE: free\nREFUNDABLE: refundable';
COMMENT ON TABLE "collaboration" IS 'A creator''s deal: in a campaign, or the creator''s default deal when `campaign` is null.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "campaign" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "name_key" VARCHAR(100) NOT NULL,
    "product" VARCHAR(200) NOT NULL,
    "market" VARCHAR(2),
    "platform" VARCHAR(16) /* TIKTOK: tiktok\nINSTAGRAM: instagram\nYOUTUBE: youtube */,
    "deal_type" VARCHAR(16) NOT NULL /* PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted */,
    "offer_text" VARCHAR(500) NOT NULL,
    "starts_on" DATE,
    "ends_on" DATE,
    "created_at" TIMESTAMP NOT NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_campaign_workspa_947dea" UNIQUE ("workspace_id", "name_key")
);
        CREATE TABLE IF NOT EXISTS "collaboration" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "deal_type" VARCHAR(16) NOT NULL /* PAID: paid\nAFFILIATE: affiliate\nGIFTED: gifted */,
    "sample_type" VARCHAR(16) /* FREE: free\nREFUNDABLE: refundable */,
    "commission_percent" VARCHAR(40),
    "fixed_fee" VARCHAR(40),
    "currency" VARCHAR(3),
    "sample_shipped_at" TIMESTAMP,
    "sample_received_at" TIMESTAMP,
    "content_due_on" DATE,
    "content_posted_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "campaign_id" INT REFERENCES "campaign" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A creator's deal: in a campaign, or the creator's default deal when `campaign` is null. */;
CREATE INDEX IF NOT EXISTS "idx_collaborati_workspa_993f9e" ON "collaboration" ("workspace_id", "campaign_id");
CREATE INDEX IF NOT EXISTS "idx_collaborati_creator_95475e" ON "collaboration" ("creator_id", "campaign_id");"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXW1z4ji2/isqvkx3Xbpvh7z1sDNTRQhJc5MARcj07k62HMUW4IqRPX7pDLu372+/km"
    "yDX2RiAza2W1Uz6UTWke1HsqTznKNz/tNY6ArSrI/dObQbbfCfBoYLRH4JlTdBAxrGupQW"
    "2PBZYxVlv8azZZtQpq1MoWYhUqQgSzZVw1Z1TEqxo2m0UJdJRRXP1kUOVv90kGTrM2TPkU"
    "ku/PFH41U3XywDyog2bmjQnurmQqJ3k1Sl8a9/kVIVK+gvZNH69E/jRZqqSFNC70Hqkkus"
    "XLKXBivrY/uKVaSP8yzJuuYs8LqysbTnOl7VVjF7vxnCyIQ2os3bpkPfjz6+B4P/yu6rrK"
    "u4jxiQUdAUOpodwONZWpc1JGkwnEj3vYkkNTIgKOuYok8e1WJvP6OP8KF1dHJ+8vn47OQz"
    "qcIec1Vy/t299RoYV5DBM5g0vrPr0IZuDYbxGtRYd8QgJuPG5GPMk40gTl4liriP7ybI/Y"
    "I15uuBWAToC/iXpCE8s+fkz6PW5w0Q/94Zd790xu9Irff0ljr5ctzPaeBdarnXaD+scdd0"
    "GWooC9prieIwbvx7LnUHjUJgTgNyMsQxgG11gf6t40wQB2UKBLljqfC/7+cQz+ZQLQbss5"
    "MUaJ+dJMJNL4XxfkXPc11/kV7QMgvkEbECUS8G6NbpWQqkSa1EqNk1PtbINHVzG7RXgrXD"
    "e/8DWzYRhUJy90ZhpC/JFTpp8NEOS0agVjzRj/4vVVwnyQsqQ6wtvU3RBugn/bve/aRzN6"
    "K3W1jWnxrDrzPp0SstVrqMlL6LfhSrRsDX/uQLoH+Cfw4HPQavbtkzk91xXW/yzwZ9JujY"
    "uoT1Vwkqgf2bX+qjFv7E/D0rd0+UuO2Mir29Aa1CN+9hD0p39dMX7hY0pB6Ecb7STaTO8A"
    "1aMrj75LEglnnrs6fkfA22VTGYv/uDyS9dD1UTvq4UotgYIyiQd0e2O/d37rudy16DAf4M"
    "5ZdXaCpSAvJETP2GTBVZcegvPNmrmzEi+3z6LomoX7rtLGsEemgy0B2bzHTyfDeUhoFW6o"
    "ySRPRCvOOI8rEakabqipeBsEIakUgNbLmA7IjayG1xsm6wTtjRGU1v6YGZLDTHxS8tWoto"
    "CcRwxl6J3pveyUPuDi2eGV0Vo828K81NxNliXect6qzRATaCiwXpj4/gacWgOBYyyXT+BF"
    "QL2HME/As/WUBVmkA3wRN9rvYvimqRa0tA//rtCZA6gCis5H/NLVM+NiIoF3PHDMSfd2dB"
    "/JWD+PO7IwZxCuIvICuIv3TEn/c5SezvDJhH5eqI96dPafD+9CkZb3otjDf9NyspFZTJC+"
    "dC55L8YTb1JDa7h51FTHsLwe3LFkhG6QZt0+XAMiDe6Fze9QdtAJWFih/xXWfQue6N28Dd"
    "V5iPeDjqjTuTISkK3SFrD6XhDI+SKcOjGGMoSKxk6AWJJUgsQWJVlsTSXzGZntg0pZs7Kt"
    "Bdt5UUuHvvVHbYw1sh3d6V6RuQJmqKDvkqZ4i6MuDZrijd06a6rKWaggUdRbUlTZ/tBlSH"
    "NnPrtlJDlNb8uuRtowrj2SsOF5vUBVhp2Pa9jKwMtolKg1W8aaKKcM003bKguZRsZC52hO"
    "vaa2tCmqopXCUx5FQROhMZ2lJSTDi1d4RsTFu6pA3VFCoZLgxI9Mg97SW6XnM1QitPA+Fa"
    "J+fYCEMKe7KZMMQRvG0pHGIErpBqzR1gIwyx3WSGt6+oqy+ArJsGs9JR2x1zDQYUEF1DcQ"
    "PgLg1x7Xq+/YdWQH+RRQJDjfHlwqRXBpPetjx8UL7M5qXGVa9//+WBNMYG9SP+2usO79rg"
    "Fcn64hF3h4P74W2v7Y/jcjDwoe+E20H8wR+VK3PHlMnOmtW+WrxdtSgP9FTmvtYGc18rbu"
    "4T9qRk9OtlT4rZPNJw8vRA2K5UvHcYsWK9n2or7/qL7QjQ2jGtjhAVbc+pJEjFGXQqCc/B"
    "LDqVRKt4k04lYRJnJsSZif2jJM5MZLNMFGqTqCRSJTFKVBK7A1klKolVYHxJMpl9OKRLFs"
    "ACo6vrt1Z32BwLzvYH24PfWh1hWxnBCjN+VRMmnT6/bu5j2u8G26oTYJnMhQGtkiyDkqFr"
    "qrxhFzLEaKKTHyk0S9LcaNVajSyxGYyrPk3Di1q2ZnA2BC4LVCoidhn9fQ6xoiGu1TMixW"
    "iIBqkTKac+bianPNqyMKAKA+qeDaiT/s1keEM6T32x9ZdH3B/cTzrX485dG6j05WYmXDzi"
    "fwwfJg8XvTZYEjXVeS6JIdX9PLKY9tYSZe6UbY2neZzmC0xBmXGus6E6D6xl3cE2j9FIBj"
    "ogshXKJdtGROzVaazVybbq2MFUNPP2X2nRXUvUD9z9T8cuWpmPs0fEaoh0HnPFQYJalhrm"
    "/cf70yCeOVxCZkNs1oBM/TDec2RWtICqlgXdlUD9oG2dphm/pNaG8KCxETzVNU1/5TuYqL"
    "NELTEkttWZ77JB7aqLP7dax8fnrU/HZ59PT87PTz9/WumN8UubFMiL/jXVIUMd4SuVEa+D"
    "bTXIlXCBboiGqVsGku1Gtm5ojMbD+1GvO2kDvwXmezvpdCe9S+Z9a0OZPOsjHvdGt31aRg"
    "0rKi0Z9K6Hk35n0h9ck95DM91WoU368hETNbRHqxIdFNGa95270W1Puv/SH41ouQUXBlEy"
    "rLlqGIHr41631/89UMFEMlK/0Rr0mXqDiTQa3q8eDGFbos5x9Pqo0yelBlTJ75e97m1/QG"
    "spSNZUTK9ff/EEZ3NP4uJ22L2hJc+aLr+4JzEyf/mpPvwN333ssydDh/PF/8/9cJCwMfDq"
    "R30wVdkG/ws01crNZtX4ZepgmY4j8OyoGul46yO9328Zh2BWopIHNcWHtrxyv/QhfnfX+X"
    "sU/e7t8IJBFvCrpA1cCPfYH9Q9NtjrjqFs2ethSdHrZel1H6NAt8ddeCiNny3ATlCkRhut"
    "HXl5EbcoL2xF3KKC4xbF5oc9oJva379kk0NaZIOTYghV8gBg8HB7my4clPCJFz7xe0PrAM"
    "7eFfl6ha+38CoVDmyH97LKK94FWwM5/lj+2pjsjIX9Gnv1xIq5WAV8vgKcSTaHqU1seM18"
    "pgohwZM9q17Iy2/LifuyBVLi/hjOQoeTaz3SCUTyEV+OO1eTNlD8KfrQuRDRXxxKakJKE5"
    "hhr34tXHg2UU29v082c78rpul2OLj2q0cJYcH97qErys36xclecnGuZ+T9QjKC+IsTf96i"
    "ng3VsJAg/QShKgjVw8OcH6Ea2PnviG/9woNE0Q3PjW9j665Qgq1+E9jQUp6Zrs5Tcw/Ssh"
    "wFPsLaJuvxQaY4lT7f6Bj00PkHlhmOSYO5apHRt2yz4JKW7pgyYgnkpg7G5H4AYgXQvewH"
    "FX9gEpzsdXtqNA2nEJq73Td3WQV6RitIOAQuCcKhlITD1NQX0k6ueOEWSux6KhzxyuaIp+"
    "828oLyZaZgxMAr2cALrEuxofcG9RSSFNRTqaknv7OelxmJkqicoKAEBSUoqGpiKygoQUFV"
    "At2sFNR6lRI01NvgRpf0UlFRq1iwHB4qGCc2mYQKBaXN2aMkzP4In5KyUzxQ9h260h4kXk"
    "uUWa1O3w05n4S3oUk+lywAryVEGo00aTQUZHPPwicf2lxLlOPYJr2tOLYpXHeqxJ+QZSCz"
    "5468o3pfsv2l0O7Lja3Q7g+o3bOPXSifb/tAyAl6/aH1zpGpy8iykNL7htjTx7TPSI3mJh"
    "3U8OtKaFU5VfJOBSmOgcALWoJ36OPsI3haWLP2L24Ozt/avyxIq9THQlV+e3rfJPUMG0Ab"
    "aAhaNvgM5rpjWuCdl7nTRDY9h8Y8Hf7vHMzf8/N8FnDPN1OC7pwJVOjQRenQmyPe8nugKl"
    "Fut1T09h8iMWMY1frGTxWpKAudYqqus8U2wYfZTawOb3P2EcGD3ck7CCVYK9XWgQ44BeiO"
    "/aw7WAHeqt32EnS/Qk1jVcB/ARraE0CL/PeClCZ4UsjSDO0noGLwMOk2qc+k7bhOkeQRLH"
    "IP/sYh9zumoeBdUfZ8rNHEqPlN4NcVIfILDZFfrYOcW/i0jXt3/cFlb0xd1Ra0bfMRDx8m"
    "416n+6UN/EgHj/iyf00mtTZQ1Bmytjrkuf+Nxvrz2aZ71tJFBp90k4plZJAbo97gknkOev"
    "KP+N4vsQIlE/an/YivOv1b6q43harGPAI7g27vlhXJFAyNld7f+C6GL8y3sBy96k2FGTc3"
    "aynBRpduZxOKN00XWIkusFmUhLBUmWfUbdWwn9N8Rz8nf0c/R7+jrIHTdwqaXm5w928r9n"
    "Z6GXZcAYniaP+jUm+7AhS0baOFwYsTdL8g33yynSogVxyqn/JF9bh1frYClP6xCcv7u87t"
    "LcetV4NUwdmGJQhJ7mExLSfbX4u1lG72tujigJjo3zL3rwYtW0KmyTPPbcrOEZSqnWfSaS"
    "pW9XQDq3oaZ1V9O5GJplmgjojVDuujVprQTKRW8r60FQvPZNnIyLrQ+zJikQ9FWLQIQFm9"
    "QsNS9RuyOaT8IoB922ozFREVq22ZV9vyh43L7RPa1I15BI1zw1hIfMSTp66IWA2AL2BrUy"
    "2DcbEsUTXTdKRJziLPoZ35uLQt/FLfOCm9zTH0qJxwqC7PMfSaw+rbbzPm6wlLCWA5wIos"
    "SOJMRbmxFWcqDhkxYc7bbmcPl+A1U1NcA1vOcgahKNmUm1cMCpGzKx2uKXJ28TUGgW26MZ"
    "sitEe6REyZ4c2QjamiAEd29fxZ4TAu5yvwOS7nwY5JdjkPjoR0LufeHPmTtXJyBRYiHUpG"
    "CXhHzU3gCPwKpqpp2cDWHXnepAF4MXDTxn9wDOs9cLCtagCyKI80XK9uWEC1+Q7nOd9vu4"
    "gvunAtz3UP3gTJruUV9F6mAWW+Zc4U1OlO+r/32sCVfsT3k6HndkwGMAtpejkckOuKjhHf"
    "VTn6QR3K3bwKduucXf72Ybem/S6R6cfKZriOiNXO+rN/L1Vh+kmGvr6mH8dQtuz1sKTo9b"
    "L0Osd9IZ5CVBj8hMGvYuCKuNPCilJybIUVRcSdrgS6W8SdFhaqHCxUgu/fL9+fzEgH48qy"
    "gCMq4tBpF57s1c0YaTDB7Z0T3qQeqH8vgrYfaRA3NlD37HozDX0vGX7Vt7Pv0SRMRIdCCn"
    "iGtjwHr1ClCZVY9DaCw1Q1F03gBowHtIiRiX8DT6qNFtYTmOvkFVlOPVlfGA7paBbwxeKk"
    "5MvzTm/z9oKVF6z85pgi3ujMysuPxsPR8J4S7X4LLHXYVX9852UNoyM7KXxIOTh59onFey"
    "s5oPhKoBzxxOn9ahNPXJzqEKc6SrAXqijJK051CJK3ZuAKMlKQkSVRhJvCpVsQZqWcdIsj"
    "zPLkgu4RVka6psrcuMGBq81NPBANZikZ64opWCAbwcVPFguDCV5JF+qvTRqal9EtK5dLN6"
    "ov29iCOxU7NrIAnNrI9K4sVAWrsznHdTOPGwjOp1yczytCLwpcJrA+CXuUgEyBGutRs9U8"
    "LkZtbaULXr8hdn1UZ3W/HolM5CZnJd3sSBmVLW5PeHpSgVBAHjyIF606FbCIG6s6R1jPzi"
    "oA65+OiuztBmxEtEAH4FZ1kN1ivIYEi0P15HMFQKVxvKU52T7xV7MLXdcQxAksbFQ2gu0z"
    "Ec4LXH8zUSwHfjEc3oZ4v4t+NHTRw91Fb/zuiK1xpJLq7rXjwM+gIVmI3FrhwJ44lCNSRU"
    "4ROQ/mvTFI7uknx5Cy7s9iggVu0o6b58Vs0U7SbNFOkrdoJ7EtmvAdT4a+mmaFNL7jpeJp"
    "K69qxljaLIxMKkZ3iNFEJz+K4HMP2h37ZXP3x3Zda7plQXM5QeaiweG7QtebmxivmVdTsv"
    "2qqTgvc8EIKNYgWDiWDRwLfQRPGsQzhzzzE3hsPDbAq2rPwZObph78+itwTe1PbQABfWKA"
    "0TdkEkQhtjQ6Jvj8V54342bXDA19zz3ASxPo33O3jJuCMtvVTYp1SpYN2VqihglGjlK5eB"
    "xtcPE4irt4hAd+Rm+a+mbVzAVrd9bKgvNaQmCcDuPV1J0B5aBM7RzD0sTWT46sH4urL1zC"
    "3tpHVlBX4/iACY8l4bFUFWyFx9Khj08K95p08JbbvWbkZnmdeMqzi0GMduDUam4iH7xssp"
    "IdEUhBQZg0dhkNVbYiBmTd0RSAdRuQxl6Jpr9Edhu8IMNusuTYbilSqPOMalv0wJQNXmmI"
    "s3UbqgUoXjwaIv8bZsvYjdFfNIkayz/IUndnIiAu1NmPwkH83GodH5+3Ph2ffT49OT8//f"
    "xptZDEL21aUS7613RRCW28dsngzUe/Clm7t9Xq9n78qvwpcw6kVOSRNMdlHKRt1GiO6FZd"
    "ULK1PTy8j1sphvdxK3F400vRzF9QQeZWiHNEazHo82cw9O0A58nWb4zvGfA52SdpvKgJyQ"
    "doAyLiCO3mOX6LI7TMWzwbQ7qSEPPLW8O9iof7XRUt4/hujHqDy/7gug08+Uf8dTi+YSWU"
    "R2Alwai7V50+O94/hWppzvaLpPCN/bqHRlXWGK6brQQccWEqKLepQIOkE7ayCIUkRd7aMv"
    "eyyBJfiDIozKs/xNfks8Zb9HNEVMyape5n6yVrBsegiDCec2KpiOg0wh2h1NgKdwQRQKXk"
    "uGYKoMJWpD1gWnfnjuDKXSq/jjHN5HZpwqnd4PhzBK42N/lxsHxwkrKqmMp/g6aQezVV22"
    "ZJ5kw/mIkFpqbuHvjwIp88myqa/o25UFD7LfWZIK3q9FiHbiOgY8Cy2dEtraZixHfeyPVu"
    "IqBKuU6HCLNSycxK9NMh01+mHgnKiC7Ze5eweS7eH8m+MyuBWtj5inaeqc7hk6oaV20dZ/"
    "NJ8uoXSD37vxYCr/C2q/SEQff3Ucfo1FM1R7YGFpaiu0BYXLbqiqox8eJAm8izWDlcBTMv"
    "mPmSkp0iz2Kp8iyKQ5h1OYQZOFfZhfIcNTiUfaxOcxNxH9ARJHlV/U36fogRmKpYteY0l9"
    "y6DZp9jlkBmuAFLWm+uiWgQZfIWKL56mx6ANKaQzL7AtUG7yyEALvrR/aTxox5H2fv877Z"
    "2xGgaCybncI9idOW9Fohpy2zBSuqb5Sis5MU7M/ZSSL7Qy+Fd5ziIGuO1JoXNWsblpgjKs"
    "6dhfGOc8WHP8pa7hG+Z7zZ1iMLyiuBGmKbS3AzE1meZSEtSbyWqAXGghyuRFdUjRwWPJvg"
    "2UpKVmwRdPoQVMWDBWdvURVunWZaqsJZVX+TqpjoLwhbQJ8CHa8CN0EKO/UCdAMxYXuuLQ"
    "FrlAVukskcAgxkghXCcVZij+2mifsU+jYCC4iI+lRSHkIoy/kpy0KbyFubMEydHrK32SSX"
    "YdsTkxP7Hp5NnIBE1mm6kmVGmCsrUN6QWV0oaEJBEwqaUND2/vlUWkHrwoUBSY81OIrZ6l"
    "pzk0ImB2u9pYclY/u2+ZU+nbSzDfZHUXxyO1TF/s2w6fbriz13uj33aphnxFik2sms2yiO"
    "nCnXTkCkBm700TTr6fKsb0q0HsN4Ac2XbOmM1hL1M16nCQWVHAkqFgjK0KA91d1sfXF434"
    "4jGZQvMdhEO7iZDG/I7dQXouo+4v6A6ArX485dG6j03WYmXDzifwwfJg8XvTZY6o7tPKMo"
    "U3sYikpBUHNR3bKTQg0UGe8TqkrGiacx6vQv24BKPuLO1VX/tk8UwzaA06mqqeQBH/F1/2"
    "pCw3vO1KldlvCe+nSKTIl/pi15ngpL1W41OE21GpxuWA1OOYkEbWjalsQ7w0aJmAS3pqDQ"
    "Jg6mNBPWPugXSqlE0ENYyYpdQORHRk4wgMlffTWTiXvDURznOxSpLthWwbZWmm0VR6MOdj"
    "QqaAClaJDVgT4sx/p54clf3YxRYgQDn6wOtlUf+L/nSv6HMONZAKKgbjADxKqmiP7mHWL8"
    "yQJUz6X6PIDANyg0gedBFazFYGe13RR6T37tJxqhjb4fL+5bbvfJ7rPlW0tItT+CB17XF4"
    "Q5o0hzhmBoSs/QWJD6uuzUSZEmykx3Xo17pEumJiK9Me5dPQwuOxe3pMREUwcr7FlK0Suy"
    "vliolkU9kAxkygjztGskqwuoJbowcRqIKtluCx+9lkrTTXuhKnrd/l3n9t1p02X9ifKsut"
    "sov0NOYhzaVCXvIE0R50vYCHZI7gfE+OgkA8iyY5oIy5lMsEGZEk8vW/LBxylmj+PkJCYJ"
    "M7o1Vw1jK2KO24BIdFFmBz2vy0wkI/XbLp0eaUH0epl7nbyaTVZ2SSFaUjbjRVzyh7ZheG"
    "jQ/tnOlMFrQHw7pf52hN3qB7RbOYayZa+HJUWvl6XXOR+79/SBb92j/zLaKsNSwlIpAo8K"
    "C3A1sRUW4ENbgEXg0fQG4CyBRwPng3YFN9BUtVa11OCGF/RShR3tIFOV5w2Omdi70txkH4"
    "brOns9JCbOgh3QePoNmRY3J0UyTx4QqeFJpdbpaZpDHqenycc86LXwVot+VBkQ9qrXEN1c"
    "zoF5xFgc4eSUZAGR4jOSHYY821vusdg+t8jF7Pv/AwJGO/A="
)
