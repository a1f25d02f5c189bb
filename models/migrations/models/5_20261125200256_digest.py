"""Digest: recurring digests per chat."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "digest" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "cadence" VARCHAR(8) NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "day_of_month" SMALLINT NOT NULL,
    "minute_of_day" SMALLINT NOT NULL,
    "zone" VARCHAR(64) NOT NULL,
    "active" BOOL NOT NULL,
    "runs" INT NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_digest_workspa_fcf43d" ON "digest" ("workspace_id", "chat_id", "active");
COMMENT ON TABLE "digest" IS '\"每周一上午9点把周报发到这个群\": cadence + wall time in `zone`; `delivery` is the pending next run.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "digest" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "cadence" VARCHAR(8) NOT NULL,
    "weekday" SMALLINT NOT NULL,
    "day_of_month" SMALLINT NOT NULL,
    "minute_of_day" SMALLINT NOT NULL,
    "zone" VARCHAR(64) NOT NULL,
    "active" INT NOT NULL,
    "runs" INT NOT NULL,
    "source_text" VARCHAR(500) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "created_by_id" INT REFERENCES "member" ("id") ON DELETE SET NULL,
    "delivery_id" INT REFERENCES "delivery" ("id") ON DELETE SET NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* "每周一上午9点把周报发到这个群": cadence + wall time in `zone`; `delivery` is the pending next run. */;
CREATE INDEX IF NOT EXISTS "idx_digest_workspa_fcf43d" ON "digest" ("workspace_id", "chat_id", "active");"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXWtzo0bW/itd+pJJrTKvLV9HuVTJsuxox5ZckpzsbrSF29CSKKNG4TKOs5v97W93Ax"
    "KXBoMkEDBdlXhs6NPA09fznNPn/Kex1BWkmR+7C2g12uA/DQyXiPwSuN4EDbhaba7SCxZ8"
    "1lhB2SvxbFoGlGktM6iZiFxSkCkb6spSdUyuYlvT6EVdJgVVPN9csrH6u40kS58ja4EMcu"
    "O33xqvuvFirqCMaOUrDVoz3VhK9GmSqjT+/W9yVcUK+gOZtDz9c/UizVSkKYHvIGXJLXZd"
    "st5W7FofWzesIH2dZ0nWNXuJN4VXb9ZCx+vSKmbfN0cYGdBCtHrLsOn30dd3YfA+2fmUTR"
    "HnFX0yCppBW7N8eDxLm2sNSRoMJ9K4N5GkRgYEZR1T9Mmrmuzr5/QVvmsdn16cXp6cn16S"
    "Iuw111cu/nIevQHGEWTwDCaNv9h9aEGnBMN4A2qkOSIQk35j8DHmyYYQJ58SRtzDNwly78"
    "IG801HLAL0JfxD0hCeWwvy53HrMgHiXzqj7s+d0QdS6lv6SJ2MHGc4DdxbLecebYcN7pou"
    "Qw1lQXsjURzGjT8XUnfQKATmNCDHQxwB2FKX6E8dZ4LYL1MgyB1Thf83XkA8X0C1GLDPT1"
    "OgfX4aCze9FcT7FT0vdP1FekFvWSAPiRWIejFAt87OUyBNSsVCze7xsUaGoRvboL0WrB3e"
    "++/YsoEoFJKzNwoifU3u0EmDj3ZQMgS14op+9H6p4jpJPlAZYu3N3RQlQD/p3/fGk879A3"
    "3c0jR/1xh+nUmP3mmxq2+hqx/Cg2JdCfi1P/kZ0D/Bv4aDHoNXN625wZ64KTf5V4O+E7Qt"
    "XcL6qwQV3/7Nu+qhFhxi3p6VuyeK3XaGxd7fgFahmfewB6W7+tkLdwsaUA+CON/oBlLn+D"
    "N6Y3D3yWtBLPPWZ1fJ+dVfV8Vg/svrTN7VTVc14OtaIYr0MYIC+XZkOXN/Z9ztXPcaDPBn"
    "KL+8QkORYpAnYuoXZKjIjEJ/5crefB4hss+n3xKL+rVTz1uNQA9MBrptkZlOXuyG0tBXS5"
    "1RkoheiHfsUR5WD6SquuK1QlghlUikBDYdQHZE7cGpcbKpsK7YKeocmdau0xarpE4Q0Ulf"
    "b+m+yT6wDERvLVvL8BWI4Zx9En02fZKL1j1aPjNGL8IsuneaSdziclPmPXax0QEWgsslaY"
    "+P4GlNMtkmMsiK9wRUE1gLBLwb35hAVZpAN8ATfa/2D4pqkntvgP710xMgZQDR6cn/mnNN"
    "+dgIoVzMEzNwo+6TBTdaDm7Ua44IxCm4UZ+s4EbTcaPucJLY3xkwD8vVEe+jozR4Hx3F40"
    "3vBfGm/2bl7fwyeeFc6FySP8yGHkf497C9jCi4Abg92QL5On1F63RowgyINzrX9/1BG0Bl"
    "qeIpvu8MOre9URs4+wpjiocPvVFnMiSXAk/I2kJpaNXjeFb1OEKqCp4vHnrB8wmeT/B8le"
    "X59FdMpic2TenGjkpz16klBe7uN5Ud9uBWSLd2JUMHpIqaokNG5RxRbw883xWlMa2qy2qq"
    "KVjQVlRL0vT5bkB1aDV3Ti01RGljgpDcbVRhpoiKw8UmdQFWGoPEXnpWBvNNpcEq3npTRb"
    "jmmm6a0HiTLGQsd4Tr1q1rQqqqKVwlsXVVEToDrbQ3STHgbFd714jWdE0rqilUMlyuINEj"
    "97SX6LrV1RQt14a6p31XWltqVZDK05S6YS841tQAtRFvUA2wKe/bVIcYgRukmgsbWAhDbD"
    "WZifJX1NWXQNaNFbNnUisn8zMHFBBdQ1FT6S4VcS2gnqWMFkB/kOUUQ41ZFoTxswzGz20t"
    "Fn75MhviGje9/vjnR1IZ69RT/GuvO7xvg1ck68sp7g4H4+Fdr+3143LYKgLjhNtA/M4fli"
    "tzw5TJIp3VEl28Bbqo4wypDKOtBMNoK2oYFZa3ePTrZXmLWIfSWC/o6cJdjRbuydaKtX6q"
    "bbzjWbcjQBsXvjpCVLTlq5IgFWf6qiQ8B7N9VRKt4o1flYRJHMARB3D2j5I4gJPNhlOo9a"
    "aSSJXEfFNJ7A5kv6kkVr7+Jclk9uGQLlkA8/Wurldb3WGzTTjfH2yPXm11hG1tLizMTFhN"
    "mHT6/rqxj2m/66+rroCJw6m7W1R9ijfZKUgrXVPlhI3aEKOJTn6kUL5JdQ/r2mpkrM5gf/"
    "aYLF6UwA3JlRAo0FeoiFiB9PcFxIqGuIbhkBRjahqkTOg6dZg0ONfDNQsbs7Ax79nGPOl/"
    "ngw/k8ZTXyz9ZYr7g/Gkczvq3LeBSj9ubsDlFP9z+Dh5vOq1wRvR5O3nktianeGRxfq5kS"
    "hzo2xrX87jaKhvCsqMc51t+XlgLes2tnikTzzQPpGtUC7ZNiJk0k9j0I8350dOOaO5u/9K"
    "i+5Gon7g7n86dtDKHBshJFZDpPOYKw4SRLbUMO8/vqYG8dzmclYJsZB9MvXDeM+RkNESql"
    "oWdNcC9YO2dZam/5JSCeF4Iz14pmua/sr3wVHnsVpiQGyrAAJlg9pRFz+1WicnF62jk/PL"
    "s9OLi7PLo7XeGL2VpEBe9W+pDhloCE+pDDlmbKtBroUL9NRcGbq5QrLVyNYMjYfRcPzQ60"
    "7awKuBuSdPOt1J75o5KFtQJu86xaPew12fXqO2J5VeGfRuh5N+Z9If3JLWQ3PdUqFF2nKK"
    "iRrao0WJDopoyXHn/uGuJ41/7j880OsmXK6IkmEu1NXKd3/U6/b6v/gKGEhG6hdagr5Tbz"
    "CRHobj9YshbEnUf5Def+j0ydUVVMnv173uXX9ASylI1lRM79/+7ArOF67E1d2w+5leedZ0"
    "+cU5qpJ55Kca+AnjPjLsSdfhjPi/j4eDmI2BWz7spqrKFvgv0NT82N7GDzMby7QfgWdb1U"
    "jDmx/p837K2AWzEpU8qCk+tOa1h6oH8Yf7zj/C6HfvhlcMMp/rKa3gSngQf6UexP5Wt1fK"
    "lq0elBStXpZW9zDyNXvUy4nS+NmiNflFarTR2pGXF0Gw8sJWBMEqOAhWZH7YA7qpj0SUbH"
    "JIi6x/UgygSl4ADB7v7tLFFhPHBsSxgb2hdQB/+IqMXuEOLxxvhY/f4b2s8goJwtZAjj+W"
    "tzbGO2Nhr8RePbEiLlY+ny8fZ5LNYSqJDa+Zz1QhJHi8Z9UL+fhtOXFPtkBK3OvDWehwcq"
    "9HGoFITvH1qHMzaQPFm6IPnXsU/cGhpCbkagwz7JavhQtPEtXU+8ckmftdM013w8GtVzxM"
    "CAvudw9NUW7WL0r2kpsLPSPvF5ARxF+U+HMX9WyoBoUE6ScIVUGoHh7m/AhV385/R3zrF0"
    "EljG5wbnwfW2eFEmz1u8AGlvLMdHWemrufluUo8CHWNl6P9zPFqfT5RmdFz+V/x9IMMmmw"
    "UE3S+97aLP6mqduGjFg2wpmNMXkegFgBdC/7nYq/YxKcVIh7qjQNpxCYu50vd1gFekbLTz"
    "j4bgnCoZSEw8zQl9JOrnjBGkrseioc8crmiKfv1vP88mWmYETHK1nH861Lka73DvUUkBTU"
    "U6mpJ6+xnt8yEiVhOUFBCQpKUFDVxFZQUIKCqgS6WSmozSolaKj3wQ0v6aWiotbhcjk8lD"
    "+UbjwJFYjbm7NHSZD9ET4lZad4oOw5dKU9SLyRKLNanb4Zcj4Jb0GDDJcsAG8kRKaRNJlG"
    "FGRxz8LHH9rcSJTj2CZ9rDi2KVx3qsSfkGUgs+eOvKN6X7L9pdDuy42t0O4PqN2zwS6Uz/"
    "d9IOQYvf7QeueDocvINJHS+4LY20e0z1CJZpIOuvLKSmhdOFV+UwUp9gqBF/QGPqCP84/g"
    "aWnO2z84aUp/av+wJLVSHwtV+enp2yYpt7IAtICGoGmBS7DQbcMEH9zkpgay6Dk05unwvw"
    "uw+JafCrWAZ76bNXXnZKlChy5Kh06OeMtvgapEud1S0dt/iMSMYVTrGz9VZOssdIqpus4W"
    "2QQfZjexPrzN2Uf4D3bH7yAUf6lUWwfa4RSg29azbmMFuKt2281h/go1jRUBfwM0tCeAJv"
    "nvBSlN8KSQpRlaT0DF4HHSbVKfSct2nCLJK5jkGfyNQ+5PTEPBO6Ls/VilsVHzm8ArK0Lk"
    "Fxoiv1oHObfwaRv17vuD696Iuqotad3GFA8fJ6Nep/tzG3iRDqb4un9LJrU2UNZ5UQ6/0d"
    "gMn22aZyNdZPBJJ+9aRga58dAbXDPPQVd+isfeFdN3ZcL+tKb4ptO/o+56M6hqzCOwM+j2"
    "7tglmYKhsavjz56L4QvzLSxHq7pTYcbNzUZKsNGl29kE4k3TBVaiC2wWJSEoVeYZdVs17F"
    "OacfQpfhx9Co+jrIHTdwqaXm5w928rdnd6GXZcPoniaP/jUm+7fBS0ZaHlihcnaLwkYz7e"
    "TuWTKw7Vo3xRPWldnK8BpX8kYTm+79zdcdx6NUgVnG1YgoDkHhbTcrL9tVhL6WZviyb2iY"
    "n2LXP7atC0JGQYPPNcUnYOv1TtPJPOUrGqZwms6lmUVfXsRAaaZYE6JFY7rI9baUIzkVLx"
    "+9JWJDyTaaFV1oXekxGLfCDCokkAyuoVGpSqX5fNIeUXAezLVpupkKhYbcu82pY/bFxuQy"
    "ipGfMIGueEsZD4iMdPXSGxGgBfwNamWgbjYlmiaqbpSJOcRV5AK/NxaUv4pb5zUnqbY+hh"
    "OeFQXZ5j6DWH1bPfZszXE5QSwHKAFVmQxJmKcmMrzlQcMmLCgrfdzh4uwa2mprj6tpzlDE"
    "JRsik3rxgUImdXOlxT5OziawwC23R9NkVoj3SJmDLDmyEbU0UBDu3q+bNCvMu5z0GPuYDu"
    "miJs7UdaD7RzzU607pwcl3x/x413yfePlHQu+e4a8o25dgIGJiJNQEYR+EDNceAY/Ahmqm"
    "FawNJtedGkAYoxmOmapr9+Z6/Mb4GNLVUDkEXBpOGM9ZUJVIvvkJ/z87aLiKML1/vYkZC3"
    "630FvbtpwJ0vmTMpdbqT/i+9NnCkp3g8Gbpu2aQDs5Cv18MBua/oGPFducMD6lDu+FWw6+"
    "fsErkPuz5td4lMP2Y2w35IrHbWsf178QrTWDz09TWN2Stly1YPSopWL0urc9w7oilWhUFU"
    "GEQrBq6Iyy2sTCXHVliZRFzuSqC7RVxuYcHLwYIn7CH7tYekYuydgCwq2pW09wV2qQfqhd"
    "D2DxrEjQTqnt1vpqHvpZVX9P3shDRJFdGhkAKeoSUvwCtUacIpFt2O4DBTjWUTOAH1Ab3E"
    "yMTvwZNqoaX5BBY6+USWc1DWlyubNDQLiGNyUhbm+aT3eXvBygtWPjnmits7s/LyD6Phw3"
    "BMiXavBpZa7aY/unezqtGeHRdepRycPBti0daKD7i+FihHvHX6vNrEWxenXsSplxLshSpK"
    "8opTL4LkrRm4gowUZGRJFOGmcHkXhFkpJ93iCLM8uaAxwsqDrqkyN66y724ziQeiwT6l1a"
    "ZgChbIQnD5jcnChIJX0oT6a5OGLmZ0y9rl0ol6zDa24F7FtoVMAGcWMtw7S1XB6nzBcd3M"
    "4wGC8ykX5/OK0IsC32JYn5g9ik+mQI31uNlqnhSjtrbSBfdPiO0f1lmd0SORidzgrKTJjp"
    "Rh2eL2hGenFQiV5MKDeNG8UwGLuLG8c4T1/LwCsP5uq8jarsOGRAt0AG5VB9kt+mtAsDhU"
    "Ty8rACqNcy4tyPaJv5pd6bqGII5hYcOyIWyfiXBe4HqbiWI58Kvh8C7A+131w6GdHu+veq"
    "MPx2yNI4VUZ68dBX4OV5KJyKMVDuyxXTkkVeQUkXNn3huD5Jx+sldS1v1ZRLDATdpJ86KY"
    "Ldppmi3aafwW7TSyRRO+4/HQV9OskMZ3vFQ8beVVzQhLm4WRScXoDjGa6ORHEXzuQZtjv2"
    "zu/tiuW003TWi8TZCxbHD4rsD9ZhLjNXdLSpZXNBXnZSwZAcUqBEvbtIBtoo/gSYN4bpN3"
    "fgLTxrQBXlVrAZ6IDjJHFvjxR+CY2p/aAAL6xgCjL8ggiEJsarRP8PmvPB/GzT4a6Pque4"
    "CbRtF75m4ZSQVltqubFGuULBuyjUQNE7Acp3LxOE5w8TiOungEO35Gb5r6Zh3NBWtn1sqC"
    "80ZCYJwO4/XUnQFlv0ztHMPS5B6IzzwQyTsgXMLe20dWUFfj+IAJjyXhsVQVbIXH0qGPTw"
    "r3mnTwltu95sHJgjtxlWcHgwjtwCnVTCIf3Gy7khUSSEFBGDR2GQ1VtiYGZN3WFIB1C5DK"
    "Xomm/4asNnhBK6vJkoc7V5FCnWdUy6QHpizwSkOcbepQTUDx4tEQ+T8wW0ZzjP6gSeZYfk"
    "aW2jwTAXGlzr8WDuJTq3VyctE6Ojm/PDu9uDi7PFovJNFbSSvKVf+WLiqBjdcuGc756Fch"
    "q/m2Wt3ej1+VP6XQgZSKPJIKOYyDtI0azRHdqglKtrYHu/dJK0X3PmnFdm96K5wZDSrI2A"
    "pxjmgtOn3+DIa+HeA82fr18T0DviD7JI0XNSH+AK1PRByhTZ7jtzhCy7zFszGkawkxv7zX"
    "3at4uN9R0TL278ZDb3DdH9y2gSs/xb8OR5/ZFcojsCv+qLs3nT473j+DamnO9rvKFae9kj"
    "1E/XIin64P0LDKGsE12UrAERemgnKbCjRIGmEri1BAUuT1LXMra9C0JGQYvEB5SZZVv1Tt"
    "bKv7VwaFefWrGE0ea7xFO4dExaxZ6nY2X7JmuPSLCOM5J5aKiE4j3BFKja1wRxABVEqOa6"
    "YAKmxF2gOmdXfu8K/cpfLrGNFMbtcGnFkNjj+H724zyY+D5YOTlHXBVP4bNIXcq6FaFksy"
    "Z3jBTEwwM3TnwIcb+eTZUNHse+ZCQe231GeC1KrTYx26hYCOActmR7e0mooR33kj16eJgC"
    "rlOh0izEolMyvRoUOmv0wt4pcRTbL3JmHzXLQ94n1n1gK1sPMV7TxTncMnVTWuWjrO5pPk"
    "li+QevZ+LQRe4W1X6QmD7u/DjtGpp2qObA0sLEU3gbC4bNUUVWPixYE2kWexcrgKZl4w8y"
    "UlO0WexVLlWRSHMOtyCNN3rrIL5QVqcCj7SJlmEnHv0xEkeV38Xfp+iBGYqVg1FzSX3KYO"
    "mn2OWQGa4AW90Xx1b4AGXSJ9iears+gBSHMByewLVAt8MBEC7Kkf2U8aM+bbKHuf98Pejw"
    "BFY9nsFO5JnLak9wo5bZktWFF9oxSdn6Zgf85PY9kfeiu44xQHWXOk1tyoWduwxBxRce4s"
    "iHeUKz78UdZy9/A94822HllQXgvUENtcgpsZyHQtC2lJ4o1ELTAW5HAlmqJq5LDg2QTPVl"
    "KyYoug04egKh5NOH+PqnDKNNNSFfa6+LtUxUR/QdgE+gzoeB24CVLYqRegE4gJWwvtDbBK"
    "WeAmmcwhYIUMsEY4ykrssd40cZ8CY8O3gIioTyXlIYSynJ+yLLSJvLWJlaHTQ/YWm+QybH"
    "sicmLfw7OJE5DIOk1XsswIc2UFygmZ1YWCJhQ0oaAJBW3vw6fSCloXLleQtFiDo5it7zWT"
    "FDLZX+o9PSwe2/fNr/TtpJ1tsF+L4pPboSr2b4ZNt1de7LnT7bnX3TwjxiLVTmbdRrHlTL"
    "l2fCI1cKMPp1lPl2c9KdF6BOMlNF6ypTPaSNTPeJ0mFFR8JKhIIKiVBq2Z7mTri8L7fhxJ"
    "v3yJwSbawefJ8DN5nPpCVN0p7g+IrnA76ty3gUq/bW7A5RT/c/g4ebzqtcGbblv2MwoztY"
    "ehqBQENQfVLRspUEGR8T6hqmSceBoPnf51G1DJKe7c3PTv+kQxbAM4m6maSl5wim/7NxMa"
    "3nOuzqyyhPfUZzNkSPwzbfHzVFCqdqvBWarV4CxhNTjjJBK0oGGZEu8MGyViYtya/EJJHE"
    "xpJqx90C+UUgmhh7CSFTufyNeMnGAA40d9NZOJu91RHOc7FKku2FbBtlaabRVHow52NMpv"
    "AKVokNWBvizH+nnlyt98HqHYCAYeWe2vqz7w/5Ur+R/AjGcBCIOaYAaIFE0R/c09xPiNCa"
    "ieS/V5AIFnUGgC14PKX4rBzko7KfSevNJPNEIb/T5e3LfcnpPdZ8uzlpBiv/kPvG5uCHNG"
    "keYMwdCUnqExIfV12amRQlWUme68GfVIk8wMRFpj1Lt5HFx3ru7IFQPNbKywdylFq8j6cq"
    "maJvVAWiFDRpinXSNZXUIt1oWJU0FYyXZq+OjWVJpm2gtV0ev27zt3H86aDutPlGfV2UZ5"
    "DXIa4dBmKvkGaYY4IyER7IDcV4jx8WkGkGXbMBCWM5lg/TIlnl625INPUsweJ/FJTGJmdH"
    "OhrlZbEXPcCkSiizI76LlNZiAZqV92afRQDaLVy9zq5NMssrJLCtGSshkvopJftQ3DRYO2"
    "z3amDF4FYuyUeuwIu9VXaLeyV8qWrR6UFK1ellbnDHb37X1j3aX/Mtoqg1LCUikCjwoLcD"
    "WxFRbgQ1uAReDR9AbgLIFHfeeDdgXXV1W1VrXU4AYX9FKFHb1W58i0GhwzsXunmWQfVjZl"
    "3jUMTxtT+/xZnk3ts9Pzy6l9io6O2E9IrpycXn6a2hdHz+TneesSeoXOW/CM3laOyc/WCR"
    "G4nCmfqFiLlLmYwdMpqVuGCiJ9DPwNvEJNY+m7qDX46U8do6fvwRN5b5UGD2VmXmoUXiGs"
    "0DiiNOs8MGwcNS+X/m2zG6nd1IakkUj1wiJdrEXabfRMxoeNSA2Pf+05COErQi8K5Bh3xk"
    "syyOJ3rhux4jatR/n24ZPWxfm6+9I/knru+L5zdxdVBAgmkj6TWJijrJiGZYsD9rj8wC5V"
    "bFuI4rNFb40IFwft2WkFeu2fGbOE/Vl4lrDCptf9h4h29w0ReK90XUMQ8xHeCIUwfiZSeY"
    "Hs7RuKtURcDYd3AV7yqh+ONPp4f9UbfTgOuSxE+zHZ42UJG+QVr80Ktjc+yw2fnfUcYEhM"
    "HARMcxBQGLbi0a+miSPVgaxNRvm0NPxGQvDECaHNxBG3HMD1uJVs0IakBLDCciQsRweHOU"
    "fL0YK3iclu2XCrqSmuvoVcHMfcL7Ipj2PyVrY9wHvtq6qeAIcW9FJZ5DrIUOVFg2ORc+80"
    "kyxycFNmr2EbQ7YlYTwq0nhEuqrJzRIfT2H4RGrIbrbOztKEXTs7iw+8Ru+FCE4yqDIg7B"
    "avIbq5RGZ0XdWjCP99PBwkerfzSCFVtsB/gaaaFd5g8cClYASYn0g2q3DiqmaQ0qEVXPH0"
    "hyIXs7/+H9Iflnc="
)
