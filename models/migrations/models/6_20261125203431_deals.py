"""Deals: payments, TikTok Shop deadlines, weekly outreach quota."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "payment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(16) NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL,
    "due_on" DATE,
    "paid_at" TIMESTAMPTZ,
    "method" VARCHAR(32) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "collaboration_id" INT REFERENCES "collaboration" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_payment_workspa_295c0f" ON "payment" ("workspace_id", "status");
CREATE INDEX IF NOT EXISTS "idx_payment_workspa_3d7d9d" ON "payment" ("workspace_id", "creator_id");
COMMENT ON COLUMN "payment"."kind" IS 'FIXED_FEE: fixed_fee\nCOMMISSION: commission\nOTHER: other';
COMMENT ON COLUMN "payment"."status" IS 'PENDING: pending\nPAID: paid\nCOMMISSION_PENDING: commission_pending\nSETTLED: settled\nREFUNDED: refunded';
        CREATE TABLE IF NOT EXISTS "deadline" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(20) NOT NULL,
    "status" VARCHAR(12) NOT NULL,
    "due_on" DATE NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "collaboration_id" INT REFERENCES "collaboration" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "payment_id" INT REFERENCES "payment" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_deadline_workspa_814c10" ON "deadline" ("workspace_id", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_deadline_creator_9808fe" ON "deadline" ("creator_id", "status");
COMMENT ON COLUMN "deadline"."kind" IS 'SAMPLE_APPROVAL: sample_approval\nCONTENT_REMINDER: content_reminder\nCONTENT_DUE: content_due\nPAYMENT_DUE: payment_due';
COMMENT ON COLUMN "deadline"."status" IS 'OPEN: open\nDONE: done\nCANCELLED: cancelled';
COMMENT ON TABLE "deadline" IS 'One dated obligation; `due_at` is the moment it is overdue (end of the due day, team-local).';
        CREATE TABLE IF NOT EXISTS "outreach_quota" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "weekly_limit" INT NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "outreach_quota" IS 'The weekly Target Invite + IM quota TikTok gives the shop; the week resets Sunday 00:00.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "payment" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL /* FIXED_FEE: fixed_fee\nCOMMISSION: commission\nOTHER: other */,
    "amount" VARCHAR(40) NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "status" VARCHAR(20) NOT NULL /* PENDING: pending\nPAID: paid\nCOMMISSION_PENDING: commission_pending\nSETTLED: settled\nREFUNDED: refunded */,
    "due_on" DATE,
    "paid_at" TIMESTAMP,
    "method" VARCHAR(32) NOT NULL,
    "note" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "collaboration_id" INT REFERENCES "collaboration" ("id") ON DELETE SET NULL,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_payment_workspa_295c0f" ON "payment" ("workspace_id", "status");
CREATE INDEX IF NOT EXISTS "idx_payment_workspa_3d7d9d" ON "payment" ("workspace_id", "creator_id");
        CREATE TABLE IF NOT EXISTS "deadline" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(20) NOT NULL /* SAMPLE_APPROVAL: sample_approval\nCONTENT_REMINDER: content_reminder\nCONTENT_DUE: content_due\nPAYMENT_DUE: payment_due */,
    "status" VARCHAR(12) NOT NULL /* OPEN: open\nDONE: done\nCANCELLED: cancelled */,
    "due_on" DATE NOT NULL,
    "due_at" TIMESTAMP NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "collaboration_id" INT REFERENCES "collaboration" ("id") ON DELETE SET NULL,
    "creator_id" INT NOT NULL REFERENCES "creator" ("id") ON DELETE CASCADE,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "payment_id" INT REFERENCES "payment" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* One dated obligation; `due_at` is the moment it is overdue (end of the due day, team-local). */;
CREATE INDEX IF NOT EXISTS "idx_deadline_workspa_814c10" ON "deadline" ("workspace_id", "status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_deadline_creator_9808fe" ON "deadline" ("creator_id", "status");
        CREATE TABLE IF NOT EXISTS "outreach_quota" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "weekly_limit" INT NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL UNIQUE REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* The weekly Target Invite + IM quota TikTok gives the shop; the week resets Sunday 00:00. */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXflz4jja/ldU/DI9tUx/Cbm6maOKEJJmmwALZI5dthzFFuCKkRgfnWF2Z//2T/IBvr"
    "EBG9utqt2ebluvbB7Jkt7nvf5TWxIJKdr79gLqtSb4Tw3DJaJ/8VyvgxpcrbZX2QUdvihm"
    "Q9Fp8aLpKhRZLzOoaIhekpAmqvJKlwmmV7GhKOwiEWlDGc+3lwws/24gQSdzpC+QSm/861"
    "+1N6K+aisoItb5SoH6jKhLgT1NkKXav/9Nr8pYQn8gjbVn/1y9CjMZKZLnd9C29JZ5XdDX"
    "K/NaF+v3ZkP2Oi+CSBRjibeNV2t9QfCmtYzN3zdHGKlQR6x7XTXY72Ovb8Pg/GTrp2ybWK"
    "/okpHQDBqK7sLjRdheqwlCfzARxp2JINRSICgSzNCnr6qZv37OXuG7xvnlzeWHi+vLD7SJ"
    "+ZqbKzd/WY/eAmMJmvD0J7W/zPtQh1YLE+MtqIHhCEBM540ajnGYrA9x+lP8iDv4xkHuXN"
    "hivp2IeYC+hH8ICsJzfUH/ed74EAPxz61R+1Nr9I62+pY9ktAvx/qc+vathnWPjcMWd4WI"
    "UEFp0N5K5Idx7c+F0O7XcoE5CcjREAcA1uUl+pPgVBC7ZXIEuaXJ8P/GC4jnCyjnA/b1ZQ"
    "K0ry8j4Wa3vHi/oZcFIa/CK1qngdwnliPq+QDduLpOgDRtFQm1eS8ca6SqRN0H7Y1g5fA+"
    "/sQWVcSgEKyzkRfpO3qHLRrhaHslfVBLtuh75y9l3CfpD5QGWFnbh6IY6Cfdx8540nocss"
    "ctNe13xcSvNemwOw3z6tp39Z3/o9h0An7pTj4B9k/wz0G/Y8JLNH2umk/ctpv8s8beCRo6"
    "ETB5E6DkOr85Vx3UvJ+Yc2YNPRNFHjv9YrsPoGUY5iOcQdmpfvYaegT1qAdenO+JiuQ5/o"
    "zWJtxd+loQi2H7s63k/OLuq2Qw/+VMJufqdqqq8G2jEAXmGEWB/nakW2t/a9xu3XVqJuAv"
    "UHx9g6okRCBPxeQvSJWRFoT+1pa9/zxC9JzPfksk6ndWP+sKge5ZDIih05VOXByG0sDVS5"
    "VREqheiA+cUQ5WQ9pVVfFaISzRTgTaAmsWIAeiNrR6nGw7rCp2kjxHmn7osmV2UiWI2KJP"
    "GsS12Hu2geCtZWPpvwIxnJs/iT2bPclG6xEtX0xGL8As2nfqcdzicttmF7tYawEdweWSjs"
    "d78LwhmQwNqXTHewayBvQFAs6NbzQgS3VAVPDM3qv5gyRr9N4asH/99AxoG0B1evp/xbom"
    "va/5UM7niSm4UfvJnBstBjfqDEcA4gTcqEuWc6PJuFH7cxLMf6fA3C9XRbzPzpLgfXYWjT"
    "e758Wb/Tctb+eWyQrnXNeS7GFWSRTh38HGMqDgeuB2ZHPk68iK9WnRhCkQr7XuHrv9JoDS"
    "UsZT/Njqtx46oyawzhXqFA+GnVFrMqCXPE9IO0JJaNXzaFb1PECqcp4vGnrO83Gej/N8pe"
    "X5yBumy5O5TBH1QKW5bfWSAHf7NxUddu9RiOiHkqF92kVF0aFf5Rwxbw88PxSlMeuqbfZU"
    "UbCgIcm6oJD5YUC1WDc9q5cKorQ1QQj2MSo3U0TJ4TIXdQ5WEoPEUWZWCvNNqcHK33pTRr"
    "jmCtE0qK4FHanLA+F6sPua0K4qCldBbF1lhE5FK2UtSCqcHWrvGrGe7lhHFYVKhMsVpHrk"
    "kc4Sbbu7iqJl21CPdO5KakstI1IruF4ifCyohlZvFcIqS7PzlukJsTx7aKBo47OHedptfx"
    "5gBO6RrC0MoCMMsV43zbm/oDZZApGoK9P2yyzCpk8+YIAQBQXNyod0FGotdqyKrAH6gx49"
    "MFRMKww3FBfBULyvdcctX2SjZe2+0x1/eqKdmZN6in/ptAePTfCGRLKc4vagPx70Ok1nHh"
    "fDruP5TkIHKHzy++WKPDBFst6ntdrnb63PK/QjkRG5EWNEbgSNyNxKGY1+tayUAUtaEksP"
    "i8Q81MBjRwGXbPQTHeQtL8QDAdq6O1YRorythKUEKT8zYSnhOZmdsJRo5W8oLCVMPFiJBy"
    "sdHyUerJTO3pWrpauUSBXE1FVK7E5k6yolVq75JYh09QkhXdIA5ppdbae3qsNmaHB+PNie"
    "nN6qCNvGtJqbSbWcMBH2/kQ9xrLfdvdVVcB4IG9i63NeVudSgiQhKCkyPlw5tLqpEkyprP"
    "MuEoeeOoUVUWQx5tA/wGhC6B8JiBza3XDTW0UcH0I1yt8NosNjQObolf9wOqwIaik9QBwu"
    "OSyn6ZZmjklr6mqUR2ZT9vcFxJKCQl0zfFImV1qjbXzXmXu3GnLd3zP38uBeHkf28ph0P0"
    "8Gn+ngya86eZ3ibn88aT2MWo9NILMfN1fhcop/GzxNnm47TbCmK5/xUhBvD+vzSON/sJUo"
    "8qDs6+GRRSC7awlKjXOVvWmywFokBtbDaNdooF0ie6FcsGOEz6kmiUtNtENNICcDmttHsK"
    "TobiWqB+7xl2MLrdSZXHxiFUQ6i7XiJCmvCw3z8bMBKxDPjVDWOCZzu0umehgfOW87WkJZ"
    "SYPuRqB60Dauksxf2iomeXhgBs+IopC3cC84eR6pJXrE9kp3UjSoLXXxY6NxcXHTOLu4/n"
    "B1eXNz9eFsozcGb8UpkLfdB6ZDegbCUSp9rlH7apAb4Rx9pVcq0VZI1GvphqE2HA3Gw057"
    "0gROD2aAwKTVnnTuzBABHYr0Xad41Bn2uuwas/7K7Eq/8zCYdFuTbv+Bjh6aE12GOh3LKa"
    "ZqaIc1pTooYi3HrcdhryOMP3WHQ3Zdg8sVVTK0hbxaue6POu1O92dXAxWJSP7CWrB36vQn"
    "wnAw3rwYwrrAPHjZ/WGrS6+uoEz/ftdp97p91kpCIqOJ6bWHT7bgfGFL3PYG7c/syotCxF"
    "crWiz1l5/ow4/57gOfPZ06IV/838eDfsTBwG7vdxSXRR38FyhydvaW2g8zA4tsHoEXQ1bo"
    "wGvv2fN+SjkF0xKVYVAzfFjPGx9xB+J3j61f/ei3e4NbEzKX8zfr4Jb78CdelKvlw+8edW"
    "Ml7TnqXkk+6kUZdQcj17AHrUKMxk+XW84tUqGD1oG8PE/ZlxW2gUAjnrIv25R9gfXhCOgm"
    "Dkoq2OKQFFn3ouhBlb4A6D/1eskyIfLAHR64czS0ThCRUpKvlwekcNd37mVbHMC4C2mi5Z"
    "y7kEbAlGWCJ/M8FeLb55yzoh37sNPiqF59AXc9l/+gi39L53wXZ1mpmP9dLgaVaC+9V/rj"
    "97WvOLI5mlecOZzGtELvdeggUMkpvhu17idNIDnb/amrbqM/QujNCb0aYWWw21fCHSyOtu"
    "z8Oom3I2xYy96g/+A09xsXuB3hCENRbAY5aDigNxckJYfskeEkcpBEtjf1dKh6hTiBzMl5"
    "Ts6fHubsyHnXyf9AfKuXD8uPrndt3I2ttUNxy8dOYD1beWrTR5aau5viD1HgfRaAaD3ebX"
    "VIpM/XWiuWZeU7s8CuKQ0WskZn37ppZlPWiKGKyKzDOzMwps8DEEuAnWW/k/F3pkRIEeAj"
    "dZqEU/Cs3dYvt1gFFu/nJhxctzjhUEjCYaaSpXCQW6e3hwK7MXOnzqI5dZLDZp5bvsgUDJ"
    "94BZt4rn0pMPV2UE8eSU49FZp6cgbrZZ2SKPHLcQqKU1CcgiontpyC4hRUKdBNS0FtdylO"
    "Q+0G17+lF4qK2iQ/D+Gh3InRo0koTxb2jD1KvOwP9ykpOsUDRcflK2lQ+laiyGp18mHIOK"
    "uCDlX6uaQBeCvB60YlqRslIT00r0J0APBWohghwOyxPASYu+6UiT+h20Bqzx3xQPW+YOdL"
    "rt0XG1uu3Z9Quzc/dq587vaBECP0+lPrnUOViEjTkNT5gsy3D2ifvhb1OB105bQV0KZxom"
    "rVEpKMFQKvaA3eoffz9+B5qc2bP1hFp39q/rCkvTIfC1n66fnbOm230gHUgYKgpoMPYEEM"
    "VQPv7FLVKtJZTKPp6fC/G7D4NrywdQ7P3FkD++DS11yHzkuHjs+eHD4CZcmYvKeid/x0my"
    "lT8lY3Fy+vvZzrElN2nS1wCD7NaWKTCCDkHOFOEhB9gpDcrRIdHdiEkwAx9BdiYAnYu3YT"
    "KESECniDimI2AX8DLE0sgBr93yuS6uBZolsz1J+BjMHTpF1nPpO6YTlF0lfQ6DPCDw6ZPz"
    "EJBW+Jmu9ndhpZgaEOnLa83EKu5RbKFci5h0/bqPPY7d91RsxVbcn6Vqd48DQZdVrtT03g"
    "ZM2Y4rvuA13UmkDaVLk6/UFj+/nsMzxb6TwTmVpVNFMyyLVhp39neg7a8lM8dq5orisT85"
    "/6FN+3uj3mrjeDsmJ6BLb67U7PvCQyMBTz6viz42L4avoWFmNU7aUw5eFmK8XZ6MKdbDy5"
    "y9kGK7ANNo2S4JUq8oq6rxr2Mcl39DH6O/ro/47SJuE/KAF/scE9vq3YPumlOHG5JPKj/c"
    "8LfexyUdC6jparsNRA4yX95qPtVC65/FA9yxbVi8bN9QZQ9o84LMePrV4vxK1XgUzB2Ycl"
    "8EgeYTMtJttfib2UHfb2GGKXGB/fIo+vAjVdQKoaZp6Lq/TilqqcZ9JVIlb1KoZVvQqyqo"
    "6dSEWzNFD7xCqH9XkjSWom2ir6XNoIpGfSdLRKu9E7MnyT92Tr1ChAab1CvVLVm7IZlI+j"
    "gH3Z6zDlE+W7bZF32+KnjcvsE4obxiySxllpLIRwxKOXLp9YBYDP4WhTLoNxvixROUu+JC"
    "n0Iy6gnjpcWud+qTsipfcJQ/fLcYfq4oShVxxWx36bsvaTV4oDGwIsr6jFYyqKjS2PqThl"
    "xoRF2HE7fboEu5uK4uo6chYzCUXBltysclDw+m/JcE1Q/y1cY+DYJpuzCVJ7JCvqlRreFJ"
    "W9Sgqw71QfvipEu5y7HPRMF9BDCxRt/EirgbYvz0HeRZzKglKWgQubTzgkcMH9eUcHLrjX"
    "k2SBC/ZO+422cZUGGqJDQNca8I4ZLcE5+BHMZFXTgU4McVFnaZwxmBFFIW/fGSvtW2BgXV"
    "YANHOFsqTPZKUBWQ8PW8j4efvlDSI8QCHyS8g6QKGEPvAsLdGX1PWmWu1J9+dOE1jSUzye"
    "DGzndTqBzcS4d4M+vS8RjMId3v0f1KmCFsrg/ZCx4+gxvB/YuAt0+dHSuT/4xCpnQzy+rz"
    "M3IEZDX10DorGS9hx1ryQf9aKMeogTTLCoMTcbc7NxycDl2cu5La7g2HJbHM9eXgp098he"
    "zu2cGdg5udXouFajRHYNK22NfDhtv01/Uw3Uc6HthwrEtRjq3rxfT0LfCyun6e4ajqyUF9"
    "WhkAReoC4uwBuUWVkuMwcgxWEmq8s6sMoOAHbJJBO/B8+yjpbaM1gQ+hPNyowiWa4MOtBm"
    "2iAtpLBjlk/azdtzVp6z8vGZaezZmZaXH44Gw8GYEe1OD2YBuvvu6NGuPcdmdlQSmmJw8u"
    "YnFhyt6LT0G4FiZKVnz6tMVnoeG8RjgwpwFiopyctjgzjJWzFwORnJyciCKMJ1HhjACbNC"
    "Lrr5EWZZckFjhKUhUWQxNPu06249jgdiKVGF1bZhAhZIR3D5jWYmUwVvdAjJW50leDbplo"
    "3LpZUb2jzYgkcZGzrSAJzpSLXvLGUJy/NFiOtmFg/gnE+xOJ83hF4luI5gfSLOKC6ZHDXW"
    "83qjfpGP2tpIVgIhpgKCX2e1vh6BLuRqyE4a70jpl83vTHh1WYKEUjY8KCzneSJgUWjG8w"
    "xhvb4uAay/GzLS95uwPtEcHYAb5UF2j/nqEcwP1csPJQCVZYMXFvT4FL6b3RKiIIgjWFi/"
    "rA/bFyqcFbjOYSJfDvx2MOh5eL/brj8B1tPjbWf07tzc42gj2TprB4Gfw5WgIfpoKQT2yK"
    "nsk8pzich4Mh+NQbKin4yVkPZ8FhDM8ZB2Ub/J54h2meSIdhl9RLsMHNG473g09OU0KyTx"
    "HS8UT1t6VTPA0qZhZBIxugOMJoT+kQefe9LhOC6bezy260EhmgbV9QSpy1oI3+W5X49jvO"
    "Z2S0F3mibivNSlSUCZHYKloenA0NB78KxAPDfoOz+DaW1aA2+yvgDPVAeZIx38+COwTO3P"
    "TQABe2OA0RekUkQh1hQ2J8L5rywfFlqj1TP1bfcAu9ik88zD6rZyyuxQNylzUNIcyLYSFS"
    "xTc57IxeM8xsXjPOji4Z34Kb1pqlubNROsrVUrDc5bCY5xMow3S3cKlN0ylXMMS1KhIbo+"
    "Q6A6A3cJ23WOLKGuFuIDxj2WuMdSWbDlHkunDp/k7jXJ4C22e83QqhU8sZVnC4MA7RDSqh"
    "5HPtg1iQXdJ5CAglBZ7jKWqmxDDIjEUCSAiQ5oZ29U018jvQle0UqvmyXWratIYs4zsq6x"
    "gCkdvLEUZ9s+ZA0wvMJoiOwfmK7uO0Z/sFJ8ZhVLswB8KgLiVp5/LRzEx0bj4uKmcXZx/e"
    "Hq8ubm6sPZZiMJ3orbUW67D2xT8Ry8DqkDH45+GWq/76vVHT38qviFl06kVGRResliHIR9"
    "1OgQ0b2GoGB7u3d6XzQSTO+LRuT0Zrf89eOghNS9EA8RrcSkz57BIPsBHiZbvTl+ZMAX9J"
    "ykhGVNiA6gdYnwENr4NX6PEFrTWzwdQ7qR4OvLrulexuB+S0VLOb9rw07/rtt/aAJbfop/"
    "GYw+m1cYj2BecWfdvW91zfD+GZQLE9tvK1ch4xXvIeqW41WHXYD6VdYArvFWghBxbiootq"
    "lAgXQQ9rIIeSR59eMij7ICNV1AqhqWKC/OsuqWqpxt9fjKIDevfhVfk8Ma7zHOPlG+ahZ6"
    "nLXXtHVA3SLceB6SS4Vnp+HuCIXGlrsj8AQqBcc1VQIVc0c6AqZVd+5w79yF8usYsUpudy"
    "qc6bUQfw7X3XqcH4dZD06QNg0T+W+wEnJvqqzrZpE51UlmooGZSqyADzvzyYsqo9n3pgsF"
    "s98ynwnaK2FhHURHgGBgVrNjR1pW8zDceSPTp/GEKsWKDuFmpYKZldinQ5e/VCPiluFDcv"
    "QhMde54HhE+85sBCph58vbeaY8wSdlNa7qBKfzSbLb50g9O3/NBV7ubVfqBYOd7/2O0YmX"
    "6hDZClhY8h4CbnHZayjKxsTzgDZeZ7F0uHJmnjPzBSU7eZ3FQtVZ5EGYVQnCdMVVtqG4QL"
    "UQyj7Qph5H3Lt0BEHcNN9J3w8wAjMZy9qC1ZLb9sGqz5lWgDp4RWtWr24NWNIlOpdYvTqd"
    "BUBqC0hXXyDr4J2GEDCf+t78k+WM+TbI3mf9sN0ZoFgum4PSPfFoS3Yvl2jLdMmKqpul6P"
    "oyAftzfRnJ/rBb3hMnD2TNkFqzs2btwxKHiPK4My/eQa749KGsxZ7hR8bbPHqkQXkjUEFs"
    "M0lupiLNtiwkJYm3EpXAmJPDpRiKspHDnGfjPFtByYo9kk6fgqp40uB8F1VhtaknpSqMTf"
    "OdVMWEvCKsATIDBG8SN0EGO/MCtBIxYX2hrIHZqZm4SaRrCFghFWwQDrISR+w3Sd4nz7fh"
    "2kB41qeC8hBcWc5OWebaRNbaxEolLMheNxe5FMeegBw/94TZxClIdJ9mO1lqhENlOcoxld"
    "W5gsYVNK6gcQXt6J9PqRW0NlyuIB2xWohitrlXj1PIRHerXXpYNLa7za/s7YSDbbBfi+KT"
    "WVCV+d8Uh26nPT9zJztzb6Z5Sox5qZ3Uuo1kiKlq7bhEKuBG7y+znqzOelyh9QDGS6i+pi"
    "tntJWonvE6SSqo6ExQgURQKwXqM2JV6wvCuzuPpFu+wGBT7eDzZPCZPk5+paruFHf7VFd4"
    "GLUem0Bmv22uwuUU/zZ4mjzddppgTQzdeEF+pvY0FJWEoGKhuucgeTrIM98nlKWUC09t2O"
    "reNQGTnOLW/X2316WKYRPA2UxWZPqCU/zQvZ+w9J5zeaYXJb0nmc2QKoTHtEWvU16pyu0G"
    "V4l2g6uY3eAqpJCgDlVdE8Ji2BgRE+HW5BaK42AKs2Adg35hlIoPPYSltNi5RL5m5DgDGP"
    "3Vl7OYuD0deTjfqUh1zrZytrXUbCsPjTpZaJTbAMrQoLsDe9kQ6+etLX//eYQiMxg4ZLW7"
    "r+rA/1em5L8HszALgB/UGDNAoGmC7G92EOM3GmB6LtPnAQSOQaEObA8qdysTdrO1VULv2W"
    "n9zDK0sd8Xlvcts+ek99lyrCW02b/cAa/bG9yckac5gzM0hWdoNMh8XQ4aJF8XRaY770cd"
    "OiQzFdHRGHXun/p3rdsevaKimYEl810KMSoiWS5lTWMeSCukigiHaddIlJdQiXRhCunAr2"
    "RbPby3eyrMMB2Fqui0u4+t3rurusX6U+VZto5RzoBcBji0mUx/gzBDIV9CLNgeua8Q4/PL"
    "FCCLhqoiLKYywbplCry87MkHXyRYPS6ii5hErOjaQl6t9iLmQjvghS6K7KBnD5mKRCR/OW"
    "TQfT3wUS/yqNOfptOdXZColpTOeBGU/KptGDYabHz2M2WEdcC/nUJ/O9xu9RXarYyVtOeo"
    "eyX5qBdl1EM+dvvtXd+6Tf+ltFV6pbilkice5RbgcmLLLcCntgDzxKPJDcBpEo+64oMOBd"
    "fVVbl2tcTgejf0A2zrK7heIhxWtT6NVX1o9VIdwP3e2RIr3nUgSHd2NxVCKUuvgzt5jjS9"
    "FuJuYN+px/kZSNs2Ox0MprWpcf0izqbG1eX1h6lxic7OzD8hvXJx+eHj1Lg5e6F/Xjc+QK"
    "fRdQNesdvSOf2zcUEFPsykj0ysQdvczODllPYtQgnRtQr8DbxBRTHLwDGvguc/CUbP34Nn"
    "+t4yS0Jrugsw54IVwhLLR4tZMTnVwEE3hcK/bXpnB7tEJh0k2j33bMjXs8Ee9FRGrK1IBc"
    "MIj5zM8g2hVwmGGAnHS/qRRWtAW7H8lJ+zbOfwRePmejN92T/iZu74sdXrBRVKiolAZoKZ"
    "Listpn7Z/IA9Lz6wSxkbOmL47DFbA8L5QXt1WYJZ+2fKanN/5l5tLrfl9fipxu1zQ/BwTo"
    "iCIA5HeCvkw/iFSmUFsnNuyNeidTsY9Dz89m3Xn7H26fG2M3p37nN9Cc5jesZLk37KaV6Z"
    "HexovKidhj1tPKlPjAeUJgko5QbSaPTLaSpLFNhHtcqU5pytBLc3xKTI46GSGYDrcCvpoP"
    "VJcWC5BZJbIE8Oc4YWyEXYISa9hczupqK4ujZyHtZ7XGQThvWG7WxHgPfO1VU1AfZt6IUq"
    "KOlYeUNMci4DcLRNbuVqdNQMoPHmJTqpdEOzImmDhRGIyg1O+Rqcoosd7A7QzL/wQY2Ysy"
    "wd1rX77q+dO+HeDNF0QuqmuD14fOyOx91Bvwm2YY1TPJh86oyaYPukk0dtwiUxUkdqboUO"
    "jhws6Mmj3KGDRQM129hBa9Xfc53ZShcZ6dqw07/r9h+ajiPGFLtD97fLjbBp6ImmtmVo75"
    "Mei+bXkK4rSHICytklK5x8vxD/RrJUsTGZYgN5MlOHh/GwMOvkJe9Df7vEeAhYcaJCglz3"
    "kh6FSaoKUluJytmQLpIkUL6IzqB8EUihjImeLpe93b5y0HLzHDfPJVizePzi1zjqITtVMH"
    "7Rnf4tpRUxRJTbu7iVloeJVgBXbqTlRtqCWmR4mGihwkT9+WMPRbia+YADMIccnhKYbrlt"
    "/EQpr3nIaQTo2YacOnCFBZ26oIwJO3W32hl4OsAImLosIC+KPDcHk4VZGogqt5sgyyVhVn"
    "Mg6+wC+YJUeh+8Q5hKzcwG7N8SXNeBjuDyO4WIUPk2GDea9cP2tcvXLZKeavP/9uW6dgz3"
    "3DzPzfNHNJqNW4/DXkdoDYejwc+tXhPYCSPpV62SL1BhhrP+pNOfCKPOY7d/x0zzTlo8FS"
    "3Z26jbNndPne1tOpGZCe63x80d2+eF3SmGCa18dtEaWSGckt+uDYadfhMwySm+G/TpSEgE"
    "MxeMVr/d6ZnWTpH9QkXZM315EiPDebSR4TxgZDihbbOgykNC46a9e4QCF80ib6UqyCCXlz"
    "EOiePh5qGKGQoSRW9xQwHnssuJK4/kyghY5yydClevEIeV21647eXkMHPbSxHQ5baXItte"
    "XNFSB+JcueycfoS9e/zuicwjEisSkTgwdLqGiYt/GESHtRCrjbdBPc50Q+ymwu+btjsNOJ"
    "MFAixRn7IGE6jOkQ66+Iusswya3UdgdgQm8uuEvII5BdEysWgLsvre/BsTBVRnRroGxqxq"
    "3xqcnTXPzoLGmywftNtwww0weRpgrHEWFHkph6z+sQkj3WL8PB6i63Cv42ioy0kmJvE6Lp"
    "SGW/q1K6Dfptn7E+nCA4wmhP6RhyZ80uE4rh58vHNVC6myuAg7UNl3Yk9ScNsmyzQP/FSS"
    "56mEqgBaqNofHQbnEimyQ0hyiL2uGVdXSXwzrq6inTPYPV/eBfpRpUDYbl5BdM8TRRqex0"
    "QanodEGlpuOkGE/z4e9KOMiRsR/5lPFnXwX6DIWhkP1jHgMjA8BzsH03ePrV/9cLd7g1v/"
    "iY11cHvoQeHQzeyv/wd5llrB"
)
