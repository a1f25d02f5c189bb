"""Deadlines, payments, quota: TikTok Shop deadlines, outreach quota and payments."""

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
    "eJztXWtz4jjW/isqvkxPLd1vQpLuHuZSRQhJs50AC2QuO2w5ii3AFVv22HJn2N3Z3/5Kvo"
    "CvYAM2tltVuz3dto5sHsm6PM/ROf9pqJqEFPNddwlJow3+08BQRfQvgetN0IC6vrnKLhD4"
    "rNgFRa/Es0kMKLJa5lAxEb0kIVM0ZJ3IGqZXsaUo7KIm0oIyXmwuWVj+w0IC0RaILJFBb/"
    "z+e+NVM15MHYqIVa4rkMw1QxXY0wRZavzrX/SqjCX0JzJZefZP/UWYy0iRAr+DlqW37OsC"
    "Wen2tT4mt3ZB9jrPgqgploo3hfUVWWp4XVrG9u9bIIwMSBCrnhgW+33s9V0YvJ/s/JRNEe"
    "cVfTYSmkNLIT48noXNtYYgDIZTYdKbCkIjA4Kihhn69FVN+9cv2Cu8bZ1ffrj8ePH+8iMt"
    "Yr/m+sqHv5xHb4BxDG14BtPGX/Z9SKBTwsZ4A2qkOSIQ035jxGMcZxtCnP6UMOIevtsg9y"
    "5sMN90xCJAV+GfgoLwgizpP89bH7dA/HNn3P3UGb+hpb5lj9Tol+N8TgP3Vsu5x9phg7ui"
    "iVBBWdDeWBSHcePfS6E7aBQCcxqQkyGOAExkFf1bw5kg9tsUCHLHlOH/TZYQL5ZQLgbs95"
    "cp0H5/mQg3uxXE+xU9LzXtRXhBqyyQh8wKRL0YoFtX71MgTUslQm3fi8caGYZm7IP22rB2"
    "eB+/Y4sGYlAIztooiPQNvcMGjXi0g5YhqCXX9J33lyrOk/QHSkOsrNxF0Rbop/2H3mTaeR"
    "ixx6mm+Ydi49eZ9tidln11Fbr6JvxRrCsBv/SnnwD7J/jncNCz4dVMsjDsJ27KTf/ZYO8E"
    "LaIJWHsVoORbv3lXPdSCn5i3Zo1dEyUuO8NmuxegVWjmI6xB2ap+/hK7BA1sD4I432oGkh"
    "f4M1rZcPfpa0Esxs3P7ibnF39dFYP5L68zeVc3XdWAr+sNUaSPURTob0fEGfs7k27nptew"
    "AX+G4ssrNCQhAXlqJn9BhozMKPTXru3t5zGi63z2WxJRv3HqWdUI9MBgoFmEjnTi8jCUhr"
    "5a6oySQPeF+MAe5WE1olXVFS8dYYlWItAS2HQAORC1kVPjdFNhnbBjI5rW0nwjWWCMi95S"
    "W2r4CsRwYf8k9mz2JBe5B6Q+23RVhDZz7zS3EWfqpswu6qzRAQRBVaXt8Q48rRkUy0QGHc"
    "6fgGwCskTAu/GNCWSpCTQDPLH3av8gySa9twLsXz89AVoG0A0r/b/iXJPeNUIoF/PEDMSf"
    "+2RO/JWD+POaIwJxCuLPZ8uJv3TEn/s5Cfa/M2Aetqsj3mdnafA+O0vGm90L4s3+m5WU8t"
    "vkhXOhY0n+MBtaEpvdw5Ya2b0F4PZsCySjNJ3V6XBgGRBvdG4e+oM2gJIq4xl+6Aw6d71x"
    "GzjrCmOGh6PeuDMd0kuBJ2RtoTSc4XkyZXgeYQw5iZUMPSexOInFSazKkljaK6bDkz1Mac"
    "aBG+iuU0sK3N3fVHbYg0shjRzK9A1oFTVFh36VC8RcGfDiUJQmrKquXVNNwYKWJBNB0RaH"
    "AdVh1dw7tdQQpQ2/LrjLqMJ49orDZQ/qHKw0bPtRelYGbaLSYBUvTVQRroWimSY0VgJBhn"
    "ogXHduXVNaVU3hKomQU0XoDKQrK0Ey4JwcCNmY1XTDKqopVCJUdUj3kUdaS3Td6mqKlg5X"
    "KqIGxwFr5NRWI6zyFFM3/EWMnhogN5Il1QCfsltVHWIEbpFsLi1AEIaYNG2R8hfU1VQgao"
    "ZuK5pM57TdqAEDRFNQVCw9pKJYDdTTylgB9CedUDFUbG2By59lkD/31Sz89mWW4hq3vf7k"
    "0yOtzO7UM/xLrzt8aINXJGrqDHeHg8nwvtf2+nE51IrAdxLbQPGdP2xX5oYpkyadVYsuXo"
    "Muyls/lTTa2iKNtqLSKNfektGvl/YW0YfS6Bfs8NyhsoV7cLNirZ9qIe/41h0I0MaJr44Q"
    "Fa19VRKk4sSvSsJzMvWrkmgVL39VEiZ+voSfLzk+Svx8STYVp1D9ppJIlUTAqSR2J1JwKo"
    "mVr38JIh19YkiXLID5elfXq63usFkmXBwPtkevtjrCthYMCxMKqwmTxt5fM44x7Hf9ddUV"
    "ME9aLUpSrSRIEoKSIuPDdz5ONXWCKZP07GMo6JJK0DVFFresaIcYTTX6RwqWglY3WtdWE1"
    "U/drv0h6UReAzIvE3TP7wKa4JaRvcGjyiNi7G44VC3hFn0FSoi0iL7+xJiSUGxfgchK5sI"
    "bNAyoevMI9eIuR6umbswcBeGI7swTPufp8PPtPHkF6K9zHB/MJl27sadhzaQ2Y9bGFCd4d"
    "+Gj9PH614brOjIZz2XxJXB+TyyiOsbizI3yr7uC3mcPfYNQZlxrrOrSB5Yi5qFSRynmAy0"
    "z2QvlEu2jAh5jKTxF0n2Fokco0cLdwmWFt2NRf3APf5w7KCVOfhGyKyGSOcxVpwkBG+pYT"
    "5+dFIF4oUVS4luiSTts6kfxkeOI41UKCtZ0F0b1A/a1lWa/ktLbQlmHOnBc01RtNd4Fy95"
    "kbhLDJjtFaGibFA728XvWq2Liw+ts4v3H68uP3y4+ni23jdGb23bQF7379geMtAQ3qYy5P"
    "ez7w5ybVygI7BuaKaORNLI1gyN0Xg4GfW60zbwarC936ed7rR3Y/u/EyjSd53hcW9032fX"
    "mLQpsyuD3t1w2u9M+4M72npooREZEtqWM0y3oT1WlO5BESs56TyM7nvC5FN/NGLXTajqdJ"
    "NhLmVd990f97q9/s++AgYSkfyFlWDv1BtMhdFwsn4xhInA3FPZ/VGnT6/qUKZ/v+l17/sD"
    "VkpCIqOJ6bW7T67hYulaXN8Pu5/ZlWdFE1+co1CZv/xUH/6W7z7y2dOuE/PF/30yHCQsDN"
    "zyYS9oWSTgv0CRzdykhMYPcwuLrB+BZ0tWaMOb79jzfsrYBbMSlXFQM3xYzWsHaA/iNw+d"
    "X8Pod++H1zZkPs9mVsE1d1BPPSjXy0Hd3+qWLu3Z6kFL3uplaXUPI1+zR1UhRuNnCwfmN6"
    "nRQutAXp5HWcsL28gpGh5lLd8oa5Hx4Qjopj5xU7LBIS2y/kExgCp9ATB4vL9PF7yOn0rh"
    "p1KOhtYJjltU5Ovlpy24Xzd3IS0PYNyFNNVwzl1IE2DKM3qRvZ6K8e3z1lnJjn3YK3FUr7"
    "6Iu57Pf9DHv2VzvtumrNTM/64QQSXZS++F/vh99RXPtkB5xevDWaQVeq9HG4FazvDNuHM7"
    "bQPJm+5PnQUY/RlDb07p1QSVwS1fC3ewbbRl79fpdh1hzVreDwd3XvGwuMB1hCM0RbkZ5K"
    "hwQG8utYwccsCGk8hREtmd1LOhGjTiBDIn5zk5f3qY8yPnfSv/A/GtX7CnMLrBsXE3ts4M"
    "xZWPncAGpvLM0keeO3c/xR+zgQ8pAMn7eL/qkGo/3+joLITIWzsnqm0NlrJJe9+qbYcKNj"
    "XLEJGdOnVuYUyfByCWAFvLvpXxW9siJm/rkSpNwykExm7nlzusAjvv5yccfLc44VBKwmFu"
    "aKpwkFtnsIYSuzFzp86yOXVqh/U8v32ZKRje8UrW8XzzUqTr7aCeApaceio19eQ11vMqI1"
    "EStuMUFKegOAVVTWw5BcUpqEqgm5WC2sxSnIbaDW54Si8VFbWO7B3DQ/mjfieTUIEQ4zl7"
    "lATZH+5TUnaKB4qey1faQ+kbizJvq9M3Q85RFQg06OeSBeCNBU+KlCYpkoRIbFyF5APAG4"
    "tyHAFmj+VHgLnrTpX4EzoNZPbcEQ/c3pdsfcl39+XGlu/uT7i7tz92vvnc7QMhJuzrT73v"
    "HBmaiEwTSb0vyH77yO4zVKK5bQ+qe2UFtC6cKhWzhCRLR+AFrcAb9G7xDjyp5qL9g5NR+a"
    "f2DyqtlflYyNJPT982aTmdAEiAgqBJwEew1CzDBG/cPMwGIuxMo+3p8L8PYPltfNbmAp65"
    "M8HzwXmd+R66qD309ujJ8S1QlYjJe270jh9uM2NI3vrG4uWJhQsdYqq+Z4ssgk+zmlgHAo"
    "hZR/iDBCSvICR/qVRLB9bhJKBZ5FmzsATcWbsNFE2ECniFimIXAX8DLEwsgCb93wuSmuBJ"
    "olMzJE9AxuBx2m0yn0liOU6R9BVM+oz4hUPuT0xDwTum9vvZlSZmYGgCryxPt1BouoVqHe"
    "Tcw6dt3HvoD256Y+aqprK6jRkePk7HvU73Uxt4UTNm+KZ/Rwe1NpDkBTL3OuR5/IXG5vPZ"
    "p3k21kUGMnVSRGZkkBuj3uDG9hx07Wd44l0xfVem9j/JDN92+vfMXW8OZcX2COwMur17+5"
    "LIwFDsq5PPnovhi+1bWI5WdYfCjIubjRVno0u3sgnELmcTrMAm2CybhKBVmUfUfbdh36X5"
    "jr5L/o6+C39HWYPwHxSAv9zgHl8rdld6GVZcPoviaP/zUi+7fBQ0IUjV40IDTVT6zSfrVD"
    "674lA9yxfVi9aH92tA2T+2YTl56Nzfx7j1KpBtcPZhCQKWR5hMy8n212IuZYu9PZrYZ8bb"
    "t8ztq0CTCMgw4uS5bZle/Fa180y6SsWqXm1hVa+irKqnExlongXqkFntsD5vpQnNREslr0"
    "tbkfBMJkF61ones+GTfCBap0kByuoVGrSqX5fNIX0cBezLXoupkCmfbcs825Y/bFxun9C2"
    "ZswjaJwTxkKIRzx56AqZ1QD4ApY21RKMi2WJqpnyJU2iH3EJSebj0oT7pe44Kb3PMfSwHX"
    "eoLs8x9JrD6um3GXM/Ba04sDHA8oxa/ExFubHlZypOGTFhGbfczh4uwa2mprj6lpzlDEJR"
    "siE3rxgUPP9bOlxT5H+L3zFwbNP12RShPdIl9coMb4bMXhUFOLSqjx8Vkl3OT5miqCKI55"
    "qhaN1BY9zy/Z032S3f/7Wkc8t355FvzLUjMDARbQL6JYE3TJID5+BHMJcNkwCiWeKyyYIU"
    "YzDXFEV7fWvp5rfAwkRWALQjYbKQxppuApnEO+Xn/Lz9ouJo3P0+8UvI2/2+gh7eLOjOl8"
    "zZlDrdaf/nXhs41jM8mQ5d12zage2wrzfDAb0vaRjFu3OHP6hTueRXQdvP2S3yGNo+a3eB"
    "Dj9mNnE/ZFY7hez4nrxcHkuGvr7ymKVLe7Z60JK3ellaPcbFI5qyl4uiXBStGLg8NjdXmk"
    "qOLVeaeGzuSqC7R2xuruLloOJxTeS4mkg61t4OyiIfTttvgrvUA/VCaPuRAnFjC3Vv32+m"
    "oe8F3Su6O0MhS1RF91BIAs+QiEvwCmWWdMqOcEdxmMuG2gROUH3ALtlk4vfgSSZINZ/AUq"
    "M/0c47KGqqbtGGtoPimDFpC/N80m7enrPynJXfHnfF7Z1ZefnReDgaThjR7tVgp1e77Y8f"
    "3MxqrGcnhVgpBydvf2LR1koOur42KEfMdfa82sRc5ydf+MmXEqyFKkry8pMvnOStGbicjO"
    "RkZEk2wk3u9s4Js1IOusURZnlyQROEpZGmyGJsbGXf3eY2HogF/BT0TcEULBBBUP3GtEOF"
    "glfahNprk4UvtumWtculE/nYXtiCBxlbBJkAzgky3DuqLGF5sYxx3czjAZzzKRfn84rQiw"
    "RXCaxPwhrFZ1PgjvW82WpeFLNtbaUL8L8lvn94z+p8PQIdyI2YmXS7I2XYtrg14dVlBcIl"
    "ufCguIjeqYBFsfG8c4T1/fsKwPqHJSOyX4cNmRboANyqDrJ79NeAYXGoXn6sAKgs1rmwpM"
    "un+NnsWtMUBHECCxu2DWH7TI3zAtdbTBTLgV8Ph/cB3u+6Hw7v9Phw3Ru/ObfnOFpIdtba"
    "UeAXUBdMRB8txcCe2JVDVkUOETl35qMxSM7pJ0sXsq7PIoYFLtIumh+KWaJdplmiXSYv0S"
    "4jSzTuO54MfTVlhTS+46XiaSu/1YywtFkYmVSM7hCjqUb/KILPPWlzHJfNPR7bdadopgmN"
    "1RQZaiOG7wrcb25jvBZuSYF4RVNxXoZqE1B2hUC1TAIsE70DTwrEC4u+8xOYNWYN8CqTJX"
    "iie5AFIuDHH4EjtT+1AQTsjQFGX5BBEYXYVFifiOe/8nxYbAbSQNd33QPcVIreMw/LSsop"
    "s0PdpOxGybIg21jUMAnLeSoXj/MtLh7nURePYMfP6E1T38yjuWDtjFpZcN5YcIzTYbweuj"
    "Og7LepnWNYmvwDydkHIrkHuEvYrnVkBfdqMT5g3GOJeyxVBVvusXTq45PcvSYdvOV2rxk5"
    "mXCn7ubZwSBCO8SUam4jH9yMuwIJGaSgIAwWu4yFKlsTA6JmKRLAGgG0sle6018h0gYvSC"
    "dNO4G4cxVJzHlGJiY7MEXAKwtxtqlDNgHDK46GyP+B2bKaY/QnSzRn52i005tnIiCu5cXX"
    "wkF812pdXHxonV28/3h1+eHD1cez9UQSvbVtRrnu37FJJbDwOiTLeTz6Vchsvu+u7ujHr8"
    "qfVuhEm4o8Egs5jIOwzzY6xnSvJijZ3B7s3hetFN37opXYvdmtcHY0KCFjL8RjTGvR6fNn"
    "MLT9AI+zrV8fPzLgS7pOUuKiJiQfoPWZ8CO028f4PY7Q2t7i2RjStQUfX3Z19yoe7ne2aB"
    "n7d2PUG9z0B3dt4NrP8C/D8Wf7CuMR7Cv+qLu3nb59vH8O5dKc7Xc3VzHttd1D1G/Hc+r6"
    "AA1vWSO4blcJYsy5VFBuqUCBtBH2UoQCljy3b5lbWYEmEZBhxAXK26as+q1qp60efzPI5d"
    "Wv4mvyWOM92jlkykfNUrez+ZI1y6XfhIvnMbFUeHQa7o5Qamy5OwIPoFJyXDMFULFnpCNg"
    "WnfnDv/MXSq/jjHL5HZjwDlpxPhz+O42t/lx2PngBGldMJX/Bksh92rIhNhJ5gwvmIkJ5o"
    "bmHPhwI588GzKaf2+7UDD9lvlM0Fo1dqxDIwhoGNjZ7NiSluU8jHfeyPVpPKBKuU6HcFmp"
    "ZLIS+3To8JepRfw2vEmO3iT2OBdtj2TfmbVBLXS+op1nqnP4pKriKtFwNp8kt3yB1LP310"
    "Lg5d52lR4w2Po+7BideqiOsa2BwlJ0E3DFZa+mqBoTzw+08TyLlcOVM/OcmS8p2cnzLJYq"
    "zyI/hFmXQ5i+c5VdKC5RI4ayj5RpbiPufXsEQVwX30nfDzECcxnL5pLlktvUwbLP2SpAE7"
    "ygFctXtwIs6BLtSyxfHWEHIM0lpKMvkAl4YyIE7Ke+s/9kMWO+jbL3eT9sdwQoFsvmoHBP"
    "/LQlu1fIactswYrqG6Xo/WUK9uf9ZSL7w24FV5z8IGuO1JobNWsfljjGlJ87C+Id5YpPf5"
    "S13D38yHjbS48sKK8NaohtLsHNDGS6ykJaknhjUQuMOTlciaaoGjnMeTbOs5WUrNgj6PQp"
    "qIpHEy52URVOmWZaqsJaF99JVUy1F4RNoM2BhteBmyCDnXkBOoGYMFkqK2BXagduEukYAn"
    "RkgDXCUVbiiPWmifsU+DZ8EwiP+lRSHoJvlvPbLPPdRN67Cd3Q2CF7Yg9yGZY9ETu+7onT"
    "xClIdJ5mM1lmhGNtOcpbMqvzDRrfoPENGt+gHf3zqfQGrQtVHdIWa8RszNb3mts2ZKK/1K"
    "59WDK2u+VX9nbCwRrs17Lxye1Qlf3fDIturzxfc6dbc6+7eUaMeaqdzHsbyRIz5drxmdTA"
    "jT6cZj1dnvVtidYjGKvQeMmWzmhjUT/xOk0oqORIUJFAULoCyVxzsvVF4d0dR9JvX2Kw6e"
    "7g83T4mT5OfqFb3RnuD+he4W7ceWgDmf22hQHVGf5t+Dh9vO61wUqziPWMwkztaSgqCUHF"
    "QXXPRgpUUGS8TyhLGQeexqjTv2kDZjnDndvb/n2fbgzbAM7nsiLTF5zhu/7tlIX3XMhzUp"
    "bwntp8jgwh/kxb8jgVtKrdbHCVaja42jIbXMUkEiTQIKYQd4aNETEJbk1+o20cTGkGrGPQ"
    "L4xSCaGHsJQVO5/J14wcZwCTv/pqJhN3uyM/zncqUp2zrZxtrTTbyo9GnexolF8AZWjQ2Y"
    "G9bIz6ee3a334eo8QIBh5Z7a+rPvD/lSv5H8AsTgEIg7pFBogUTRH9zT3E+I0J2D6X7ecB"
    "BJ6g0ASuB5W/lA27XdpJoffklX5iEdrY74uL+5bbc7L7bHlqCS32u//A6+YGlzOKlDM4Q1"
    "N6hsaEzNfloEYKVVFmuvN23KNNMjcQbY1x7/ZxcNO5vqdXDDS3sGS/SylaRdRUVTZN5oGk"
    "I0NEOG53jURZhUqiC1NMBeFNtlPDO7em0jTTUaiKXrf/0Ll/c9V0WH+6eZadZZTXIJcRDm"
    "0u098gzFHMl7AV7IDdV4jx+WUGkEXLMBAWM0mwfpsSDy978sEXKUaPi+QkJgkjurmUdX0v"
    "Yi62Ap7ooswOem6TGUhE8pdDGj1UA2/1Mrc6/WmEzuyCRHdJ2cSLqOVXrWG4aLD22U/KiK"
    "uAfzul/na4bvUV6laWLu3Z6kFL3uplafWYj919e9+37tJ/GbXKoBVXKnngUa4AVxNbrgCf"
    "WgHmgUfTC8BZAo/6zgcdCq6vqmrNaqnBDU7oB2jrOlypCMdlrc+iqo+cWuoDeNg7W2LJuw"
    "4E6catpkYo5el14PWpGH8DX3dL9jTQfYWOet5wu3JPBydimY5uHw3DQod8LtwXKtwnh1bZ"
    "LQcXH2alodm9LBvWjdv+r70b4dYWhD0Bb4a7w4eH/mTSHw7aYCOizvBw+qk3boPNk06uEU"
    "NVszLrwhujg3XKkq6xqi1Ulg3UfJVKZ9Tfc5zZWJcZ6caoN7jpD+7aQEdYolDPsN9RaDPc"
    "COuCAd8N14bWPr1nvkMmIkRBkue+wi45ziv7ORS10h1M3XIuNXIqL7MYxUUoZ+Ul78NL+8"
    "y44FQeDjoqPah0Kaxlile3sajdEciLNMe1L5LPa19EDmyzTLZZwPXK1w7aXE6XcrU0Gf1q"
    "6mZcLf0aWz2VWuo/bJJR2osx5bppcthEfnyWi9KVwZWL0lyULomE0uSidJlF6fBp1UMRru"
    "fp4wjMMYunBI2aH7AvwQF7LnAngJ6rwL2GK0bh9kOZLHFL/lKp0rDae1mgPSvywm7M78ET"
    "46whsc+rO3lImGrOcqDSC9oXZND74A3CEktewgqwf0tw1QQEQfWtoolQSUjDmufD9tXlmw"
    "5Jz3KhhE7We8I9l+e5PH9E0WzSeRjd94TOaDQe/ty5bwP3eBr9qg3tC1SYcDaY9gZTYdx7"
    "6A9umDTvHcIxkMrextiUuXnsbW7TjswkuN8e1ndcnxd2pxwSWvV00YamI5yR324MR71BGz"
    "DLGb4ZDmhLSBpmLhidQbd3b6udIvuFirJnsIQ0IsN5sshwHhEZTqhtlnTzkFLcdGePWOCS"
    "WeSNVQ0Z5OoyxlGhgMtDyUNSNYWCVEEguVDAuexq4ko3hTLdOGWUX0JWvMNGgfXW0plwDR"
    "pxWLn2wrWXk8PMtZcyoMu1lzJrL77TUgfiXLuzgGGEg3P87o7srbWOgO2Nr6p6ghtamGYW"
    "tfIUbIYWoWOYuPyHpRHYiFFtggWa26QbzS0q/LEuuzs5/RKBV4RelBWYQmOBCOjjLzJB4G"
    "+g/wDsisBUfplqL2BBQXQkFnOp6d/bf2OmgO6ZETHBhMUIXYGzs/bZWUy2+hwftFu44QJM"
    "kQKM086CIqtyzOifvB4PmfH1eMxeh3sdJ0NdTTIxjddxqXa4lR+7IvvbLHN/qr3wEKOpRv"
    "8oYid80uY47j74eOuqDjJkcRm3oHLvbF1JwU2ZPMM88FVJkasSugUwY7f9ycfgfCZldghJ"
    "D3HQNePqKo1vxtVVsnMGuxeKu0A/qgwIu8VriG4umaNdN50own+fDAdJYuLaJLzmk0UC/g"
    "sU2aziwnoLuAyMwMLOw/TNQ+fXMNzd++F1eMXGKrg+dKFw6GT21/8Dvov/3w=="
)
