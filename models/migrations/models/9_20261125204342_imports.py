"""Imports: uploaded spreadsheets kept between preview and confirm."""

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
    "eJztXWlz4za2/SsofUmnntLPlrduJZMq2ZbdmrYljyxnmShFwyQksUwRCpd2nJm83/4ALh"
    "IXkCYkkiLZqJrpdJO4IHUAAhfnbv9pLbGCNPP9xQJarS74T0uHS0T+ErreBi24Wm2u0gsW"
    "fNKchrLf4sm0DCjTXmZQMxG5pCBTNtSVpWKdXNVtTaMXsUwaqvp8c8nW1T9sJFl4jqwFMs"
    "iN335rvWDj2VxBGdHOVxq0ZthYSvRpkqq0fv+dXFV1Bf2JTNqe/nP1LM1UpCmh30HaklvO"
    "dcl6XTnXBrp15TSkr/MkyVizl/qm8erVWmB93VrVnd83RzoyoIVo95Zh099HX9+Dwf/J7k"
    "/ZNHFfMSCjoBm0NSuAx5O0udaSpOFoIt33J5LU4kBQxjpFn7yq6fz6OX2F7zqHx2fHH45O"
    "jz+QJs5rrq+c/e0+egOMK+jAM5y0/nbuQwu6LRyMN6DGhiMGMZk3BhtjlmwEcfJTooj7+K"
    "ZB7l/YYL6ZiGWAvoR/ShrS59aC/POw8yEF4p9644tPvfE70upb+khMvhz3cxp6tzruPToO"
    "G9w1LEMN8aC9kSgP49ZfC+li2CoF5iwgJ0McA9hSl+gvrHNBHJQpEeSeqcL/vV9Afb6Aaj"
    "lgnx5nQPv0OBFueiuM9wt6WmD8LD2jVx7II2Ilol4O0J2T0wxIk1aJUDv32Fgjw8DGNmiv"
    "BRuHd/4TWzYQhUJydaMw0pfkDl002GiHJSNQK57oe/8vddwnyQ9URrr26ilFKdBPBrf9+0"
    "nv9o4+bmmaf2gOfr1Jn97pOFdfI1ffRT+KdSfg58HkE6D/BP8eDfsOvNi05obzxE27yb9b"
    "9J2gbWFJxy8SVAL6m3/VRy38ifk6K1MnSlQ7o2JvK6B1GOYcdFCq1c+emSpo6HgQxvkKG0"
    "id65/RqwP3gLwW1GXW/uwdcn4O9lUzmP/2J5N/dTNVDfiyPhDF5hhBgfx2ZLlrf+/+onfZ"
    "bzmAP0H5+QUaipSAPBFTvyBDRWYc+nNP9urzGBE9n/6WRNQv3X5eGwR6aDHAtkVWOnmxG0"
    "qjQC9NRkki50J9xxnlY3VHumoqXiukK6QTibTQTReQHVG7c3ucbDpsKnaKOkemteuy5XTS"
    "VIjU5QoblmSvNAyVHZEaOH09OF1lwMvbtSoPF90jcQcH9sbQrhm/tewso1egDufOT6LPpk"
    "/yILtFyyeHAI0Rsd6ddhoVu9y0eYuMbfWAheBySYbjPXhcc3K2iQyiIDwC1QTWAgH/xjcm"
    "UJU2wAZ4pO/V/UFRTXLvFdB//fgISBuAdUT+r7nXlPetCMrlPJGDSvaeLKjkalDJ/nDEIM"
    "5AJQdkBZWcjUr2PifJ+TcH5lG5JuJ9cJAF74ODZLzpvTDe9L+8NGdQpiicS11LiofZwEn2"
    "kb5uL2N8QAhuX7ZEehOvaJ8uq8qBeKt3eTsYdgFUlqo+1W97w951f9wFrl5hTPXRXX/cm4"
    "zIpdATeEcoCwt9mExCH8Y4aEGLJkMvaFFBiwpatLa0KH7RyfLkLFPY2PHkfOH20qBDc0gV"
    "wtau3PGQdNFQdMhXOUfUOUaf74rSPe3qwumpoWBBW1EtScPz3YDq0W5u3F4aiNLGYiN5al"
    "Rplpuaw+Us6gKsLPabXGYWh7Wr1mCVb+yqI1xzDZsmNF4lCxnLHeG69vqakK4aCldFTIN1"
    "hM5AK+1VUgw429U8OKY9XdKOGgqVDJcrSM6ROekSF153DUXLMznnpHdlNT3XEakVfF0iPS"
    "+o7tzeGoqVsNLv1Uq/IcYYhvoQa5Zsqw8RdW+b60c6AldINRc2sJAOdavtWL9/Rhd4CWRs"
    "rBxTOTWgOxEfgAKCNRS3wu/SEdO47hthaQP0J9HUdKg5RithV6+CXX1bY1hQvso23tZVf3"
    "D/6YF05kzqqf5z/2J02wUvSMbLqX4xGt6Pbvpdfx5XwwwW+k6YA8Se/FG5Kg9MlZwdeJ0c"
    "ynduKCuwKJPNvZNic+/Ebe7CqJuMfrOMujHDYxbDGI3z3dUe5sWY12z0M+nyrtPmjgBtvE"
    "ObCFHZRtVaglSeVbWW8OzNrFpLtMq3q9YSJhEKJ0Lh8kdJhMLxmQdLNQzWEqmKWAZrid2e"
    "TIO1xCowvySZrD4M0oUHsMDsuvB7azpstgnn+cH24PfWRNjWlujSLND1hAnT98dGHsv+Rb"
    "CvpgImwsQzG+vLMtLXEiQFQUVT9d0Ph243TYVpj84MtcGLy5shQHoRLV1aYU2VUw5JIx1N"
    "MPkjA/FFurtb99YQRxHmCfwPG1swD8j8c/i//A4bghqnx4zPvbMyDG9o+ZQkw4FGZeQZpn"
    "9fQF3RENOVJSLlcMst0iZynUYPGIzrwZ5jN93O1tJtx+Xld+E8I5xnCnCemQw+T0afyeCp"
    "zxZ+nuqD4f2kdz3u3XaBSn/c3IDLqf7r6GHycN7vgleyQNpPFXGicb8iHreOjUSVB2Vbx5"
    "ki0ikEVipunJvspFQE1jK2dYvFZicDHRDZCuWKaRsRX6UsnkrJfkqxzCBo7mlqWdHdSDQP"
    "3PyXYxct7nxCEbEGIl3EWrGXPPWVhjn/FN4a1Oc2k4xPKbcQkGkexjkXW0BLqGo86K4Fmg"
    "dt5yTL/CWtUjL+x2bwDGsafmE7F6rzxFNiSGyrpDtVg9o9Ln7sdI6OzjoHR6cfTo7Pzk4+"
    "HKzPjfFbaQfI88E1PUOGBsI/VEY8zrY9Qa6FS3RBXxnYXCHZavENQ+tuPLq/619MusDvwY"
    "m7mPQuJv1LJ/LCgjJ516k+7t/dDOg1alRX6ZVh/3o0GfQmg+E1GT00x5YKLTKWU50cQ/u0"
    "KTmDItryvnd7d9OX7j8N7u7odRMuV+SQYS7U1Spwf9y/6A9+CjQwkIzUL7QFfaf+cCLdje"
    "7XL4Z0S6KO0fT+XW9Arq6gSv5+2b+4GQxpKwXJlH0n164/eYLzhSdxfjO6+EyvPGlYfnZj"
    "Frm//Ewffsp3H/vsydRhfPH/vB8NExQDr33U/16VLfBfoKnFmbFaP8xsXabzCDzZqkYG3n"
    "xPn/cj5xTk5TNZUFN8aM9r13sf4ne3vV+i6F/cjM4dyAI+9bSDcxEakXlRblZoRHDU7ZWy"
    "5aiHJcWoV2XUfYwCwx43HlG+ni/DYVCkQYrWjry8SBxZFLax+C2ROLLYxJGx9SEHdDPHel"
    "VscciKbHBRDKFKXgAMH25usuXjFPFQIh4qN7T2EOhTk69XxPmIiALhvFwdwIRnbqblXHjm"
    "JsBUZN4sR59iuAD6elay/5/ut8jV+S/m1RdwMwzwb3zOd2mWlYb535ViUEn20nsmP35b+4"
    "ovW6J5xZ/DPKYVcq9PBoFITvXLce9q0gWKv93v2XproT8Z9OaEXE2wMnjtG+EOlkZb9n+Z"
    "pNsR1qzlzWh47TePGheEHSGHoag2gxw3HJCbC8zJIYdkBIkcJ5G9TZ0P1bCQIJAFOS/I+f"
    "3DXBw5H9D8d8S3eWnGouiG18a3sXV3KGH5eBPY0FbObfoo8uQepPgZB/iIBSD5HB+0OmQ6"
    "z7d6K5q85junzLMjDRaqSWbfa9dJUm1i25CRUw16Zus6eR6AugKoLvudqn/nSDBKUefUaR"
    "ZOIbR2u7/cZRVo5F+QcIjcSpKjn5GBl9LaQ5DokxtXQ+eO6n1Ffu/RRwUlUh8bfhDrJZxH"
    "CYKkmgRJePi2oUnCPVTY7Vo4oVbNCRXvNvOC8lWmjMTEq9jEi+xSPFRZSFJQZZWmysKaDs"
    "8whyVzGOZqnjYaMcr+J/n0yknfReUEMSqIUUGM1hNbQYwKYrQW6PISo5tdSpCjb4Mb3dIr"
    "RZCuKx0w2NFgFYRkajRUcqFgP6cwtyg8napO5EHZd0TMmiphI1Fl8iT7MBSc68OCBvlceA"
    "DeSIgicVmKxCnIYmb7SA5L30hUIzCdPlYEpguHsjrxJ2Qb4PYnk3c83ldMvxSn+2pjK073"
    "ezzdOx+7OHy+7ZkjJ5zr933uvDOwjEwTKf0vyHn72Okz0qKddgZd+W0ltG6cqTS9ghR7hc"
    "AzegXv0Pv5e/C4NOfdH9wK8z92f1iSXqnnj6r8+Phtm7RbWQBaQEPQtMAHsMC2YYJ3Xl16"
    "A1k00tbxv/m/M7D4ll3FvoRnvlnwfuc69+IMXdYZOj2nN3sE6pLHe8uDXv5JYDkTRTc3Q7"
    "QotF7qElP3M1tMCd6PNrFOT8HQI4KpK5I1CCXYKpPqQCecArBtPWFbV4C3a3eBhmWogReo"
    "aU4T8D+AJi8G0CT/e0ZKGzwqZGuG1iNQdfAwuWhTT17Ldl11ySuY5BlsxaHwJ2ah4F1R5/"
    "2cThPLh7SB31YUASm1CEi9wou38Fwc928Hw8v+mDokLmnfxlQfPUzG/d7Fpy7wc7lM9cvB"
    "NVnUukBZl7Tbv6Kx+Xy2GZ6NdJnpdd2SuZwMcuuuP7x0/EM9+al+718xA1cmzj+tqX7VG9"
    "xQp8wZVDXH77M3vOjfOJdkCobmXL3/7DuSPjsepNUYVW8p5FRuNlKCja6cZhPKqE83WIlu"
    "sDyHhLBUlVfUbY9hH7N8Rx+Tv6OP0e+ItzTETmUhqg1u/rZiT9Pj0LgCEuXR/oeVVrsCFL"
    "RloeWKlbDqfkm++WQ7VUCuPFQPikX1qHN2ugaU/iMNy/vb3s0Nw61Xg/SAsw1LEJIUnvFV"
    "3kupsrfFEAfExPhWeXw1aFoSMgyWeS6t/lBQqnGeSSeZWNWTFFb1JM6q+nYiA814oI6INQ"
    "7rw06WhGGkVbJe2oklDTMttOLd6H0ZscmHcsiaBCBer9CwVPOmbAFFDQlgX7ZSpiKiYret"
    "8m5b/WSGhX1CacNYRCpDN7mKxEY8eemKiDUA+BJUm3oZjMtliepZiChL+Sl5AS3ucGlL+K"
    "W+ESm9TRh6VE44VFcnDL3hsPr2W86KZGEpASwDWFHnTcRUVBtbEVOxz4wJC5a6zZ8uweum"
    "obgGVM5qJqGo2JJbVA4KUZUwG64ZqhKyTwwC22xzNkNqj2yl5rjh5ag3V1OAI1o9e1VIdj"
    "kPOOg5LqC7ls1a+5E2A+1InoOyS4vVBaUiAxfWnzAjcCH4eScHLgTXk2yBC95O+425dpUG"
    "JiJDQNYa8I4aLcEh+AeYqYZpAQvb8qJNk4vrYIY1Db98Z6/Mb4GtW6oGoJMRlqYixysTqB"
    "Y7bKHg522XNwiLAIXEL6HoAIUa+sDTtERfuKug9S4mg5/6XeBKT/X7ychzXicT2El/fDka"
    "kvsK1hHb4T36Qe0raKEO3g8FO47m4f1Ax10iy4/J5/4QEWucDTF/X2dhQEyGvrkGRHulbD"
    "nqYUkx6lUZdYYTTLzUtjAbC7NxzcAV2cuFLa7i2ApbnMheXgt0t8heLuycBdg5hdUoX6tR"
    "JruGm7ZG3Z2236S/aQbqpdD2dxrUWynUvXO/nYW+l1Z+07cri9KCbeQMhRTwBC15AV6gSo"
    "uvOTkACQ4z1Vi2gVt2ANBLDpn4PXhULbQ0H8ECk5/o1AuV8XJlk4F20gaZjHKjRT7pbd5e"
    "sPKClU/PTOPNTl5e/m48uhvdU6Ld78EpM3g1GN96FQbpzE5KQlMNTt75xOKjlZyWfi1Qja"
    "z09HmNyUovYoNEbFAFdKGakrwiNkiQvA0DV5CRgoysyEG4LQIDBGFWyUW3PMKsSC7oHunK"
    "HdZUmZl9OnC3ncYD0ZSo0mrTMAMLZCG4/MZ0kqmCFzKE+KVNEzw7dMva5dLNDe0otuBW1W"
    "0LmQDOLGR4d5aqoqvzBcN1s4gHCM6nWpzPC0LPCnxNYH0SdJSATIkn1sN2p31UzrG1k60E"
    "QkoFhOiZ1f16JLKQG4ydNN2RMipbnk54clyDhFIePIiV8zwTsIiZ8bxAWE9PawDrH7aKrO"
    "0mbES0RAfgTn2Q3WK+hgTLQ/X4Qw1ApdngpQVRn9i72TnGGoJ6AgsblY1g+0SEiwLXVybK"
    "5cDPR6ObEO93PogmwHq4Pe+P3x06exxppLq6dhz4OVxJJiKPVhiwJ07liFSZS0TBkzk3Bs"
    "mNfrJXEq9+FhMsUUk7ap+Vo6IdZ1HRjpNVtOOYiiZ8x5Ohr6dZIYvveKV42tofNWMsLQ8j"
    "k4nRHelogskfZfC5ex2OfNnc/Niuaw2bJjReJ8hYthh8V+h+O43xmnstJctvmonzMpYOAe"
    "V0CJa2aQHbRO/Bowb1uU3e+RFMW9MWeFGtBXgkZ5A5ssA//gFcU/tjF0BA3xjo6AsyCKJQ"
    "NzU6J9j8V5EPY9ZoDU19zz3AKzbpP3O3uq2CMtvVTcoZFB6FbCPRwDI1h5lcPA5TXDwO4y"
    "4e4YnP6U3T3NqshWDtrlo8OG8kBMbZMF4v3RwoB2Ua5xiWpUJDcn2GWHUG4RL2lh5Zw7Ma"
    "wwdMeCwJj6W6YCs8lvYdPinca7LBW233mju3VvDEOzy7GMRoB0ardhr54NUklqyIQAYKwq"
    "C5y2iqsjUxIGNbU4COLUA6eyEn/VdkdcEzWlltp8S6exUp1HlGtUwaMGWBF5ribNOHagKK"
    "F4uGKP6BfHXfdfQnLcXnVLF0CsBzERDn6vxr4SA+djpHR2edg6PTDyfHZ2cnHw7WG0n8Vt"
    "qOcj64pptKSPHapQ48G/061H7f9lSXe/hV9Qsv7elQUUTpJZdxkLY5RjNEtxqCiu3t4el9"
    "1MkwvY86idOb3orWj4MKMrZCnCHaiElfPIOBtwOcJdu8OZ4z4AuiJ2msrAnJAbQBERFCm7"
    "7GbxFC63iL8zGkawmxvrw13esY3O8e0Tjnd+uuP7wcDK+7wJOf6j+Pxp+dK5RHcK4Es+5e"
    "9QZOeP8MqpWJ7fcOV4zxSvcQDcqJqsMBQKNH1hiu6VYChrgwFVTbVKBBMghbWYRCkqL6cZ"
    "VHWYOmJSHDYCXKS7OsBqUaZ1vN/zAozKtfxdfks8ZbjHNEVKyalR5n85m3DmhQRBjPGblU"
    "RHYa4Y5QaWyFO4JIoFJxXLkSqDg7Ug6YNt25I7hzV8qvY0wruV0acGa1GP4cgbvtND8Opx"
    "6cpKwbZvLfoCXkXgzVspwic4afzMQEMwO7AR9e5pMnQ0Wz7x0XCmq/pT4TpFdMwzqwhQDW"
    "gVPNjqq0tOYh23mj0KeJhCrVig4RZqWKmZXop0OWP64RCcqIIcl9SJx1Lj4eyb4za4FG2P"
    "nKdp6pT/BJXY2rFtb5fJK89iVSz/5fS4FXeNvVesGg+n3UMTrzUs2QbYCFpewhEBaXrYai"
    "bky8CGgTdRZrh6tg5gUzX1GyU9RZrFSdRRGE2ZQgzEBc5QWUF6jFoOxjbdppxH3gjCDJ6+"
    "Zv0vcjHYGZqqvmgtaS2/RBq885VoA2eEavtF7dK6BJl8hcovXqLBoAaS4gWX2BaoF3JkLA"
    "eep750+aM+bbOHtf9MPezgBFc9nslO5JRFvSe6VEW/IlK2pulqLT4wzsz+lxIvtDb4U1Th"
    "HIWiC15mXN2oYlZoiKuLMw3nGueP+hrNWe4Tnj7agePCivBRqIbSHJzQxkepaFrCTxRqIR"
    "GAtyuBZDUTdyWPBsgmerKFmxRdLpfVAVDyacv0VVuG3aWakKe938Tapigp+RbgI8A1hfJ2"
    "6CFHbqBegmYtKthfYKnE6dxE0yWUPAChlgjXCclcix3yx5n0LfRmADEVmfKspDiMNycYdl"
    "cZoo+jSxMjANsrecRY5D7YnJCb2HZRMnIJF9mu5k3AgzZQXKKZXVxQFNHNDEAU0c0HL/fG"
    "p9QLuAyxUkI9ZiHMzW99ppBzI52Oqtc1gytm+bX+nbSTvbYL+Wg09hQVXOfzmUbr+90Lmz"
    "6dzrac6JsSi1w322UWyZq9ZOQKQBbvTRMuvZ6qynFVqPYbyExjNfOaONRPOM11lSQSVngo"
    "olglpp0Jpht1pfHN6380gG5SsMNjkdfJ6MPpPHqc/kqDvVB0NyVrge9267QKW/bW7A5VT/"
    "dfQweTjvd8Erti37CUWZ2v1QVAqCmovqloMU6qDMfJ9QVTgXntZdb3DZBVRyqveurgY3A3"
    "Iw7AI4m6maSl5wql8PriY0vedcnVlVSe+JZzNkSOyYtuR1KizVuN3gJNNucJKyG5wwCgla"
    "0LBMiRXDRomYBLemoFAaB1OZBSsP+oVSKhH0kK7wYhcQ+ZqREwxg8ldfz2Li3nQU4Xz7It"
    "UF2yrY1lqzrSI0am+hUUEDKEWD7A70ZRnWz3NP/urzGCVmMPDJ6mBfzYH/70LJ/xBmLAtA"
    "FNQUM0CsaYbsb14Q4zcmoOdcep4HEPgGhTbwPKiCrRzYndZuCb1Hv/UjzdBGfx8r71thz+"
    "H32fKtJaTZb8GA180NYc4o05whGJrKMzQmpL4uOw1SpIsq051X4z4ZkpmByGiM+1cPw8ve"
    "+Q25YqCZrSvOu1RiVGS8XKqmST2QVsiQkc46XSNZXUIt0YWJ0UH0kO328N7rqTLDlAtV0b"
    "8Y3PZu3p20XdafHJ5VV43yB+Q4xqHNVPIbpBlifAmpYIfkvkKMD485QJZtw0C6zGWCDcpU"
    "eHnZkg8+yrB6HCUXMUlY0c2FulptRcwxOxCFLqrsoOcNmYFkpH7ZZdAjPYhRr/Kok59mkZ"
    "1dUsgpic94EZf8qm0YHhp0fLYzZbA6EN9Opb8dYbf6Cu1W9krZctTDkmLUqzLqjI/de/vA"
    "t+7Rf5y2yrCUsFSKxKPCAlxPbIUFeN8WYJF4NLsBmCfxaCA+aFdwA13Va1fLDG54Q9/Btr"
    "6Cr0uks6rW81jV79xemgN41DtbocW7dgTp0uumQSgV6XVwqc6RabUY7gbenXaan4GyafOm"
    "g8G0NbVPn+TZ1D45Pv0wtY/RwYHzJyRXjo4/fJzaZwdP5M/TzgfoNzrtwBN6Wzkkf3aOiM"
    "CHmfKRinVIm7MZPJ6SvmWoILJWgf8BL1DTnDJw1Kvg8S+so8fvwSN5b5UmoXXcBahzwQrp"
    "Cs1Hq9Nicoatx90UKv+2/M4OXolMMkike+HZUK5ngzfoXEasjUgDwwhzTmb5gtCzAhlGwv"
    "sl+ciST0AbsfIOPwfFzuGjztnpevrSf6TN3Pvb3s1N/EBJMJHwTHLSZfFiGpUtD9jD6gO7"
    "VHXbQhSfLWZrTLg8aE+OazBr/+KsNvdX6dXmSlte80817ukNceUcYw1BnY3wRiiC8RORKg"
    "pkX28o16J1PhrdhPjt80E0Y+3D7Xl//O4w4voSn8dEx+NJP+U3b8wOlhsv6qVh540njYiJ"
    "gNIsAaXCQJqMfj1NZZkC+8ipktOcs5EQ9oaUFHkiVLIAcH1uhQ/aiJQAVlgghQVy7zAXaI"
    "FcsJQYfguZ101DcQ1s5CKsN19kM4b1sna2HOC9DHTVTIAjG3qlCkr6Vl6GSS5gAE62ya0C"
    "jXLNAJpuXiKTyrJNN5I2XhgBG8LgVK7BKbnYwdsBmuUXPmhhZ5bxYd26GvzSv5SunBBNP6"
    "Ruql+Mbm8H9/eD0bALNmGNU300+dQfd8HmSXuP2oRLbHNHam6Edo4crKjmUe/QwaqBWmzs"
    "oLvqb7nObKSrjHTrrj+8HAyvu74jxlQPhu5vlhtp3TAUTe3JkN4nNzSa30SWpSHFDyinl9"
    "xw8u1C/DvZUsWmZIqN5cnkDg8TYWGu5qVuQ38HxEQIWHWiQuJc95KowpirgtRGonE2pKMs"
    "CZSPkjMoH8VSKOvY4stl77VvHLTCPCfMcxnWLBG/+DWOOmOniscvBtO/cVoRGaLC3iWstC"
    "JMtAG4CiOtMNJW1CIjwkQrFSYazR+7K8LNzAccg5mhPGUw3Qrb+J5SXouQ0wTQiw059eFi"
    "BZ0GoEwJOw22ejPwdKQj4JxlAX7S1LkzmDTM0kbkcLsOslxiajUHqkUv4C/IIPfBO6QTqZ"
    "nTgP5bga9tYCG4/E7DMtS+jceNFv2wbe3ybZekJ6f53yO5rn3DvTDPC/N8jkaz+97t3U1f"
    "6t3djUc/9W66wEsYSb5qA3+BGjWcDSf94UQa928Hw0tqmvfT4hloSd/G2LS5fOhvbpOJTE"
    "1wv96u73g+L/RONUxo9bOLtvAK6Zz8dmt01x92AZWc6pejIRkJBevUBaM3vOjfONZOmf5C"
    "TdsyfXkWI8NhspHhMGZk2KNts6KHh4zGTW/3YAKXzCJvpBrIINeXMWbE8QjzUMMMBZmit4"
    "ShQHDZ9cRVRHIVBKyvS3PhGhYSsArbi7C97B1mYXupArrC9lJl20sgWmpHnBuXnTOKcHiP"
    "f3sii4jEhkQkjmyLrGHy4l82tmCLYbUJN2inmW6w11T6Y932TQPOZIEATdSnvYIJNObIAg"
    "P9i2rRDJqDW+B0BCbq8wQ/gzkB0TWxmAu8+t75GxUF5MyMLBPc06p9r+DgoHtwEDfeFPmg"
    "tw03wgBTpgHGHWdJU5cqY/VPTRgZFBP6OOOsI7yOk6GuJ5mYxeu4Uifc2q9dsfMtz96f6S"
    "w80tEEkz/KOAnvdTjyPQfn6AijmrKGTdtAY9uBjZGDPdQiVbNS1m0lw2+ca/6H38gvMZ6R"
    "uzJr0JphY+mOil9z+3eh0exRo9mMTubwxM14VtiVJDvAYaeOLD4dyS4dUceB4IzfxqcjKF"
    "9ltIkm8Hky+kw+DfXZws9TfTAkesH1uHfbBSr9cXMDLqf6r6OHycN5vwteyYnOfqpIGfTN"
    "UrTlKIU6qPQwBVMQ9K6uBjcDogJ2AZzNVE0lrzfVrwdXE+qBM1dn1pbuNwXUqf+CDMRY/V"
    "OzSAekSkwjvR/PkRzTSBNlfYEN1eLKfxISalxo9VGm0OqjlNDqo3hotQb1uU1UPB6YgzKN"
    "Qznn2h6mvSSaCmMW//N+NGTDGxCJkgiqbIH/Ak01C2NqWj/MbF2mEIInW9Ussm2+p4/9sS"
    "j0U+CmEIWWEx/nd7e9X6JDcHEzOo8SA7SD8+iAyJi1xaYMhy8gBiP3waC0NGMwJujPhPPU"
    "WqAB604afdb/ZZIO9po9uxkNr/3m0RGI6C/QeUWJqMEM7+7kDyAqV43vgD6vMd+BgWjWLU"
    "TTaFGYeUaHIVqNAWrUQkWQlQz0h63yHwCioqKYTPZTgL/0kOFR2S4laSXo4rIl7hpQf62l"
    "wrrSoIzYbiXJi1BIqBrLT6P2hzW+ErfGxBAVuhO37kRmlD2bqbJKgeRVoJjC4ivJ/SvRsb"
    "SA5oJuuLKGbd6NmiVe4ma9vlLb3Rp+wSzjWPKHsRaoxsfQKI3Vt9lI5otqyYxCqMmaE0O0"
    "AVtGNGw6W9x0WuB0PHLawYu8ugVVjYtjigqKDyL3D4JoSAaUCEae80HWsYnKVWNoGrVxuz"
    "UruUYlICIGJPcBkRdIfkYKZ7aBsNTXnXGAOrp8QYbJSVpE5apsxt/WjJlL8u2dXAzzc4Oj"
    "rm33yPrJGzGGG1ykRTvNDY76vkkmsoIz4O0Qg58XqrwAnghNwgQB7cgEM1VDbkYmMqueoI"
    "nAApMfBd5hHQEDv4AVMgBNyNMG6P38PZgG/PCmLUaCqEKfJIIMquWSl5zliY1rvpmd9gtt"
    "wdUCttgYxJ7AB7Gji5h2gstjiv7iyTQQ5NPjDCCfHieCTG/FzZZkB5XZlcASV+ComIhDYp"
    "BpGobKVmFIIcEGRiHVN+rIuVQVzXWwXGHDeljR6cLSW0P3U7VW1Wkp2ZumJZbuDGTw4ssC"
    "eq7OvxYV8WOnc3R01jk4Ov1wcnx2dvLhYL04xW+lrVLng2u6UIU+l7cVSXo4kJx/cOzFIa"
    "EGbsadk5Ms/PPJSTL/TO/FWQfWTNeh8ZrMN7DsXK+Wy63VDOO0uetRX+ttgQB5Phj2xr+y"
    "7cLnDKrs/NdJvxflLtW/GBM7cWnxmwudh6Hz1DDzrFcik5P4ZZTlHNzejcYT55q7oTpXg4"
    "lpr3oDJyvtDKpOCc7cEtXmHikjnN6rxueLDKlNPU4Eh3mm6qq52GqcI6KimGuVx1leQM4c"
    "lwEJkeCSlfTFY014S+LFBQW8In+oyB+6d5jzzZsSXXxzAPfC66ZeK0NWWAP7TYZEloFVNA"
    "dkm15FLL7nVCrjYg8ZqrxoMShl7047jUyGmzZFssjClaBMVwJh7y6D/aUfFQfCXvMGonuY"
    "ybf7MMW3+zDu2+0V8OLhtAIi5XNa+zlK58Ze7dVK+vf/A6aYg8g="
)
