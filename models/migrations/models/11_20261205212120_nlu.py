"""nlu."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
        CREATE TABLE IF NOT EXISTS "nlu_clarification" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "text" TEXT NOT NULL,
    "choices" VARCHAR(200) NOT NULL,
    "proposal" JSONB NOT NULL,
    "picked" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_nlu_clarifi_chat_id_ff42bc" ON "nlu_clarification" ("chat_id", "created_at");
COMMENT ON TABLE "nlu_clarification" IS 'A \"你是想……？\" question: the message as typed, the intents offered, who asked, and the answer.';
        CREATE TABLE IF NOT EXISTS "nlu_learned_example" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "text" VARCHAR(200) NOT NULL,
    "intent" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_nlu_learned_workspa_be9604" UNIQUE ("workspace_id", "text")
);
COMMENT ON TABLE "nlu_learned_example" IS 'A phrasing this workspace''s people resolved by a pick: the model''s masked view of it → intent.';"""

SQLITE = """
        CREATE TABLE IF NOT EXISTS "nlu_clarification" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "text" TEXT NOT NULL,
    "choices" VARCHAR(200) NOT NULL,
    "proposal" JSON NOT NULL,
    "picked" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "chat_id" INT NOT NULL REFERENCES "chat" ("id") ON DELETE CASCADE,
    "member_id" INT NOT NULL REFERENCES "member" ("id") ON DELETE CASCADE,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE
) /* A "你是想……？" question: the message as typed, the intents offered, who asked, and the answer. */;
CREATE INDEX IF NOT EXISTS "idx_nlu_clarifi_chat_id_ff42bc" ON "nlu_clarification" ("chat_id", "created_at");
        CREATE TABLE IF NOT EXISTS "nlu_learned_example" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "text" VARCHAR(200) NOT NULL,
    "intent" VARCHAR(40) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "workspace_id" INT NOT NULL REFERENCES "workspace" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_nlu_learned_workspa_be9604" UNIQUE ("workspace_id", "text")
) /* A phrasing this workspace's people resolved by a pick: the model's masked view of it → intent. */;"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztXWlz2zia/isofUm6Vp215StR93SVbMtuTWzJa8t97KiLhklIYpkC1DziqGd6f/sCIC"
    "nxAGlSB0UyqJpJJyRekHoAAi+e9/p3Y0Y0ZFgfLqbQbrTBvxsYzhD9S+h6EzTgfL66yi7Y"
    "8NngDVW/xbNlm1BlvYyhYSF6SUOWaupzWyeYXsWOYbCLRKUNdTxZXXKw/qeDFJtMkD1FJr"
    "3xr381Xon5Ys2hiljncwPaY2LOFPY0Rdcaf/xBr+pYQ1+Rxdqzf85flLGODC30O2hbeotf"
    "V+zFnF/rYfuKN2Sv86yoxHBmeNV4vrCnBC9b65j/vgnCyIQ2Yt3bpsN+H3t9Dwb/J7s/Zd"
    "XEfcWAjIbG0DHsAB7PyupaQ1H6g6Hy0B0qSiMHgirBDH36qhb/9RP2Ct+3Do/Pjj8enR5/"
    "pE34ay6vnP3tPnoFjCvI4ekPG3/z+9CGbguO8QrU2HDEIKbzxhRjLJKNIE5/ShRxH980yP"
    "0LK8xXE7EI0Gfwq2IgPLGn9J+HrY8pEP/Sub/4uXP/nrb6jj2S0C/H/Zz63q2We4+Nwwp3"
    "g6jQQHnQXkkUh3Hjr6ly0W8UAnMWkJMhjgFs6zP0F8G5IA7KFAhyx9Lhfz9MIZ5MoV4M2K"
    "fHGdA+PU6Em90K4/2KnqeEvCgvaJEH8ohYgagXA3Tr5DQD0rRVItT8nhhrZJrEXAftpWDt"
    "8N7+xFZNxKBQXN0ojPQlvcMWDTHaYckI1Jon+sH/SxX3SfoDtQE2Fp5SlAL9sHfbfRh2bu"
    "/Y42aW9afB8esMu+xOi19dRK6+j34Uy07Ar73hz4D9E/zvoN/l8BLLnpj8iat2w/9tsHeC"
    "jk0UTF4VqAX0N/+qj1r4E/N1VqFOlKh2RsXeVkCrMMxb0EGZVj9+EaqgoeNBGOcrYiJ9gj"
    "+jBYe7R18LYlW0P3uHnF+DfVUM5r/9yeRfXU1VE74uD0SxOUZRoL8d2e7a33m46Fx2Gxzw"
    "Z6i+vEJTUxKQp2L6F2TqyIpDf+7JXn2+R1TPZ78lEfVLt59FjUAPLQbEselKp043Q2kQ6K"
    "XOKCn0XIg3nFE+Vne0q7riNUdYo50otAW2XEA2RO3O7XG46rCu2Gn6BFn2pssW76SuEOmz"
    "OTFtxZkbBGobItXjfT3yrjLg5e1alYJLNaCpj3V1G9/hRbCvOs0vplSQFgkoEyE1I35r1p"
    "pFr0AMJ/wnsWezJ3mg3aLZM2eMY8y1d6eZxl3PVm3eYq8bHWAjOJvR8fgAnpYkpmMhk2pU"
    "T0C3gD1FwL/xzgK61gTEBE/svdo/arpF7y0A+9dPT4C2AQQj+n/DvaZ9aERQLuaJObh378"
    "mSey8H9+4PRwziDNx7QFZy79m4d+9zUvi/c2Aelasj3gcHWfA+OEjGm90L483+m5cXDsrs"
    "CudC15Ldw2ySJINSFzuzGIESgtuXLZAPJnPWp0tD50C80bm87fXbAGozHY/wbaffue7et4"
    "GrV5gjPLjr3neGA3op9IS8I5SFtj9MZu0PY6S95JGToZc8suSRJY9cWR6ZvGK6PPFlipib"
    "np3dXmrKMmBib0q292kXNUWHfpUTxLyJ8GRTlB5YVxe8p5qCBR1NtxWDTDYDqsO6uXF7qS"
    "FKKxOX4qlRhZm6Kg4XX9QlWFkMXluZWTnMg5UGq3jrYBXhmhjEsqC5UGxkzjaE69rra0i7"
    "qilcJbGlVhE6E82NhaKZcLypPfWe9XTJOqopVCqczSE9R25Jl7jwuqspWp6Nfkt6V1ZbfR"
    "WRmsPFDOFtQXXn9lZTrKRbg3RrqJJbw4pJFHg2hGjGZOeGELP5tn/DACNwhXRr6gAbYYjt"
    "JncX+BVdkBlQiTnnvgXM44DHFAEGCDFQ3G1hk46E3gi+1Zo1QF+paouhwa180hGhDI4I61"
    "oPg/JlNoo3rrq9h58faWd8Uo/wr92LwW0bvCKVzEb4YtB/GNx02/48LofdMPSdCAdIPPmj"
    "cmUemDJ5h+T1CineG6So0LVMTgqtFCeFVtxJQVrBk9GvlxU8ZqnNYklkkeSbaqleFoOKjX"
    "4mbd71ct0QoJU7bR0hKtoKXUmQijNDVxKevdmhK4lW8YboSsIkgy1lsOX2UZLBlvnsqYVa"
    "UiuJVElMqZXEbk+21EpiFZhfikpXHwHpkgewwOy68HurO2yOBSfbg+3R762OsC1N94WZ7K"
    "sJE2HvT8ytmAuDfdUVMJmIILN3Q1FeDZUESUNQM3S8+eHQ7aauMO3R+6OSeLlM1tggr9vg"
    "sa5oP3VFSjrK5ATMQNBkYV/oK9WJjE0Xrhu3t67bWZ0wy+VcFPhy6aFZmRNDV1M4iwFGQ0"
    "L/yPD90u7ulr3V0NFtSYj96RAbbgMynxb7H7/DmqCW04HNN4WJUsqvrGQpWeUDjYpILM/+"
    "PoVYM5DQsywixTfIBm0Tuc6in0zB9WDPsZtuZ0vpJvdA+0P6sklfth34sg17n4eDz3Tw9B"
    "ebvIxwr/8w7Fzfd27bQGc/bmLC2Qj/PngcPp5322BBF0jnuSQ+be5XJB4i8fRfSZR5UNb1"
    "Y9tFOpjASpUb5zr7DO4Ca5U42BYZl5KBDoishXLJtI2I62AWx8Fkt8FYZiM08TS1rOiuJO"
    "oH7vaXYxet3PnQImI1RHoXa8VeCpOUGubt12wwIJ44QttYSn2dgEz9MN5ydR00g7qRB92l"
    "QP2gbZ1kmb+0VUqJl9gMHhPDIK9iX199knhKDImtlTSsbFC7x8VPrdbR0Vnr4Oj048nx2d"
    "nJx4PluTF+K+0Aed67ZmfI0ED4h8oIbb7uCXIpXGBEyNwk1hypdiPfMDTu7gcPd92LYRv4"
    "PfAwqGHnYti95IFQNlTpu47wfffupseuMR8XnV3pd68Hw15n2Otf09FDE2Lr0KZjOcL0GN"
    "plTekZFLGWD53bu5uu8vBz7+6OXbc4yatYU30+D9y/7150e78EGphIRfoX1oK9U7c/VO4G"
    "D8sXQ9hWWJwCu3/X6dGrc6jTv192L256fdZKQyozhtFr1z97gpOpJ3F+M7j4zK48G0R9cW"
    "Ouc3/5mT78lO8+9tnTqSP44v/5MOgnKAZe+2g4jK7a4D/A0HdnVW78OHawyuYReHZ0gw68"
    "9YE976ecUzAvnymCmuHDel5GwvgQv7/t/BZF/+JmcM4hC4S4sA7OZaRS5kW5XpFKwVF35t"
    "qaox6WlKNellH3MQoMe9x4xPj6fBlagyI1UrQ25OVl4ttdYRsLp5SJb3eb+Da2PmwB3cyh"
    "lyVbHLIiG1wUQ6jSFwD9x5ubbPmEZXiiDE/cGlp7iLuryNcrw+5kgI+MJSgPYNJRPtNyLh"
    "3lE2DK5Wma0wuQ61MCF0Bfz0r2/8N+i606/8W8+gJuhgH+LZ/zXZplpWb+d4UYVJK99F7o"
    "j1/XvuLLFmhe8edwHtMKvdelg0AlR/jyvnM1bAPN3+73bL210VcBvTmkVxOsDF77WriDpd"
    "GW3d+G6XaEJWt5M+hf+82jxgVpR9jCUJSbQY4bDujNKcnJIYdkJIkcJ5G9TT0fqmEhSSBL"
    "cl6S8/uHeXfkfEDz3xDf+mX9i6IbXhvfxtbdoaTl401gQ1t5btPHLk/uQYpfcICPWACSz/"
    "FBq0Om83yjM2e5pL7nZeq5NJjqFp19izbPGW8Rx1QRr2Y/djCmzwMQa4Dpst/r+HsuEc9J"
    "v61Os3AKobXb/eUuq8Ai/4KEQ+RWkhz7jEwyU5YeglSfXLka8ju69xX5vUcfFZRIfWz4Qa"
    "KX4I96S5D+ZaFYiM5/OtUkm1JONiU8ZOtwKuEeSuyjLT1Wy+axSjabeUH5MvNLcuKVbOJF"
    "trQ8vFpIUvJqpebVwmpRnmEOS25hmMt5NKnFKIfUzPhp0yAwQZGMCkaGecwkazW0l4PH85"
    "suuKM7QO+h58U9LMeS3+R6+5+G7p4/77udm4Sl83mRk1mNyknOWnLWkrOuJraSs5acdSXQ"
    "zctZr3YpyVu/DW50Sy8Vd72sCSMgroP1YpJZ61Bxmh27oIVpX+mEVnbaFKq+j2jWLBYriT"
    "JTVdmHYcdpWGxo0s8lD8ArCVlOM0s5TQ3ZwkQsyRkDVhLlyBnAHitzBkhfvyqxVXQbyO3q"
    "p254vC+ZfilP9+XGVp7u93i65x+7PHy+7TSlJpzr933uvDOJiiwLad0viL997PQZadFMO4"
    "PO/bYKWjZ+03lqgBHQkObMEXhBC/AefZh8AE8za9L+0UYYYvun9o8z2itzytK1n56+a9J2"
    "cxtAGxgIWjb4CKbEMS3w/grp1tQBJrJZEDR3jfq/MzD9Lu5bVdAzhbncg3m3RXnb5Rm6lG"
    "fo9HTr4hGoSor1NQ9628/PmzOHd32Td+/kDF2tQ1uRS0zVz2wxJXg/2sQyc4hAjwhmFUnW"
    "ILRgq0yqA5twGiCO/UwcrAFv124Dg6jQAK/QMHgT8F+A5ZUG0KL/e0FaEzxpdGuG9hPQMX"
    "gcXjSZk7XtuF7U9BUs+gyx4rDzJ2ah4F1R/n6808TKLk3gt5X1WQqtz1KtyO81/ETvu7e9"
    "/mX3nrl/zljf5ggPHof33c7Fz23gp9kZ4cveNV3U2kBbFv/cv6Kx+nzWGZ6VdJGZj93i4j"
    "kZ5MZdt3/JvXE9+RF+8K9YgStD/k97hK86vRvmAjuGusG9bDv9i+4Nv6QyMAx+9eGz77b7"
    "wv11yzGq3lKYU7lZSUk2unSaTajYAdtgFbbB5jkkhKXKvKKuewz7lOU7+pT8HX2Kfkd5q3"
    "ZsVLGj3OBu31bsaXo5NK6ARHG0/2Gp1a4ABW3baDYX5RJ7mNFvPtlOFZArDtWD3aJ61Do7"
    "XQLK/pGG5cNt5+ZG4NZrQHbAWYclCEnKOIQy76VM2VtjiANicnzLPL4GtGwFmabIPJdWGi"
    "ooVTvPpJNMrOpJCqt6EmdVfTuRicZ5oI6I1Q7rw1aWXG60VbJe2orlc7NsNM+70fsycpMP"
    "pfe1KEB5vULDUvWbsjuoN0kB+7KWMhURlbttmXfb8ueZ3NknlDaMu8gy6ea9UcSIJy9dEb"
    "EaAF+AalMtg3GxLFE1a0RlqQymTqGdO1zaln6pb0RKrxOGHpWTDtXlCUOvOay+/TZnsbiw"
    "lARWAKwswSdjKsqNrYyp2GfGhKlI3c6fLmGaKR9QVXENqJzlTEJRsiV3VzkoZMHIbLhmKB"
    "gpPjFIbLPN2QypPbJVAcwNb45SgBUFOKLVi1eFZJfzgIMedwHdtKLZ0o+0HmhH8hwUXfWt"
    "KijtMnBh+QkLAheCn3dy4EJwPckWuODttO+spas0sBAdArrWgPfMaAkOwT/AWDctG9jEUa"
    "dNlvcdgzExDPL6vTO3vgMOtnUDQJ5/l2WJJ3ML6LY4bGHHz1svbxCRAQqJX8KuAxQq6APP"
    "0hJ9yV2grnMx7P3SbQNXeoQfhgPPeZ1OYJ5s+nLQp/c1gpHY4T36Qe0raKEK3g87dhzdhv"
    "cDG3eFLj9WPveHiFjtbIjb93WWBsRk6OtrQHTm2pqjHpaUo16WURc4wcSroEuzsTQbVwxc"
    "mb1c2uJKjq20xcns5ZVAd43s5dLOuQM7p7QabddqlMmu4aat0Ten7Vfpb+qBeiG0/Z0BcS"
    "OFuuf3m1noe2XuN3276Csrj0fPUEgDz9BWp+AV6qzUHc8BSHEY6+asCdyyA4Bd4mTiD+BJ"
    "t9HMegJTQn8iL+WqktncoQPN0wZZgkqwu3zS27y9ZOUlK5+emcabnXl5+bv7wd3ggRHtfg"
    "+8qONV7/7Wq+fIZnZSEppycPL8E4uPVnJa+qVAObLSs+fVJiu9jA2SsUEl0IUqSvLK2CBJ"
    "8tYMXElGSjKyJAfhpgwMkIRZKRfd4gizXXJBDwhrd8TQVWH26cDdZhoPxFKiKvNVwwwskI"
    "3g7J3Fk6mCVzqE5LXJEjxzumXpcunmhuaKLbjVsWMjC8CxjUzvzkzXsD6ZClw3d/EAyfmU"
    "i/N5RehFg4sE1idBRwnIFHhiPWy2mkfFHFtb2UogpFRAiJ5Z3a9HoQu5KdhJ0x0po7LF6Y"
    "QnxxVIKOXBg0Q5zzMBi4QZz3cI6+lpBWD909GRvd6EjYgW6ADcqg6ya8zXkGBxqB5/rACo"
    "LBu8MqXqk3g3OyfEQBAnsLBR2Qi2z1R4V+D6ykSxHPj5YHAT4v3Oe9EEWI+3593794d8j6"
    "ONdFfXjgM/gXPFQvTRmgD2xKkckSpyidjxZN4ag+RGPzlzJa9+FhMsUEk7ap4Vo6IdZ1HR"
    "jpNVtOOYiiZ9x5Ohr6ZZIYvveKl42sofNWMsbR5GJhOjO8BoSOgfRfC5ex2O7bK522O7rg"
    "1iWdBcDJE5awj4rtD9ZhrjNfFaKrbfNBPnZc44AcU7BDPHsoFjoQ/gyYB44tB3fgKjxqgB"
    "XnV7Cp7oGWSCbPCPfwDX1P7UBhCwNwYYfUEmRRRiy2BzQsx/7fJhwhqtoanvuQd4xSb9Z2"
    "5Wt1VSZpu6SfFByaOQrSRqWKbmMJOLx2GKi8dh3MUjPPFzetPUtzbrTrB2V608OK8kJMbZ"
    "MF4u3TlQDsrUzjEsS4WG5PoMseoM0iXsLT2ygmc1gQ+Y9FiSHktVwVZ6LO07fFK612SDt9"
    "zuNXdureChd3h2MYjRDoJWzTTywatJrNgRgQwUhMlyl7FUZUtiQCWOoQFMbEA7e6Un/QWy"
    "2+AFze0mL7HuXkUac57RbYsFTNnglaU4W/WhW4DhJaIhdv/AfHXfMfrKSvHxKpa8AHwuAu"
    "Jcn3wrHMSnVuvo6Kx1cHT68eT47Ozk48FyI4nfSttRznvXbFMJKV6b1IEXo1+F2u/rnuq2"
    "Hn5V/sJLezpU7KL0kss4KOscowWiaw1Byfb28PQ+amWY3ketxOnNbkXrx0ENmWshLhCtxa"
    "TfPYNB1gNcJFu/Ob5lwKdUTzJEWROSA2gDIjKENn2NXyOElnuL52NIlxJyfXlrulcxuN89"
    "ouWc3427bv+y179uA09+hH8d3H/mVxiPwK8Es+5edXo8vH8M9dLE9nuHK8F4pXuIBuVk1e"
    "EAoNEjawzXdCuBQFyaCsptKjAgHYS1LEIhSVn9uMyjbEDLVpBpihLlpVlWg1K1s61u/zAo"
    "zavfxNfks8ZrjHNEVK6apR5n6yVvHdCgiDSeC3KpyOw00h2h1NhKdwSZQKXkuOZKoMJ3pC"
    "1gWnfnjuDOXSq/jntWye3ShGO7IfDnCNxtpvlx8HpwirZsmMl/g5WQezV12+ZF5kw/mYkF"
    "xiZxAz68zCfPpo7GP3AXCma/ZT4TtFfCwjqIjQDBgFezYyotq3kodt7Y6dNkQpVyRYdIs1"
    "LJzErs06HLX64RCcrIIdn6kPB1Lj4eyb4zS4Fa2PmKdp6pTvBJVY2rNsH5fJK89gVSz/5f"
    "C4FXettVesFg+n3UMTrzUi2QrYGFpeghkBaXtYaiaky8DGiTdRYrh6tk5iUzX1KyU9ZZLF"
    "WdRRmEWZcgzEBc5QVUp6ghoOxjbZppxH3gjKCoy+Zv0vcDjMBYx7o1ZbXkVn2w6nPcCtAE"
    "L2jB6tUtAEu6ROcSq1dnswBIawrp6gt0G7y3EAL8qR/4nyxnzHdx9n7XD3s7AxTLZbNRui"
    "cZbcnuFRJtmS9ZUX2zFJ0eZ2B/To8T2R92K6xxykDWHVJrXtasdVhigaiMOwvjHeeK9x/K"
    "Wu4ZvmW8ueqRB+WlQA2x3UlyMxNZnmUhK0m8kqgFxpIcrsRQVI0cljyb5NlKSlaskXR6H1"
    "TFowUnb1EVbptmVqrCWTZ/k6oYkheELUDGgOBl4ibIYGdegG4iJmxPjQXgnfLETSpdQ8Ac"
    "mWCJcJyV2GK/WfI+hb6NwAYisz6VlIeQh+XdHZblaWLXp4m5SViQvc0XuRxqT0xO6j0imz"
    "gFie7TbCfLjbBQVqKcUlldHtDkAU0e0OQBbeufT6UPaBdwNod0xBqCg9nyXjPtQKYGW711"
    "DkvG9m3zK3s7ZWMb7Ldy8NlZUBX/bw6l228vde5sOvdymufEWJbayX220Rw1V62dgEgN3O"
    "ijZdaz1VlPK7Qew3gGzZd85YxWEvUzXmdJBZWcCSqWCGpuQHtM3Gp9cXjfziMZlC8x2PR0"
    "8Hk4+Ewfp7/Qo+4I9/r0rHB937ltA539tokJZyP8++Bx+HjebYMFcWznGUWZ2v1QVBqCho"
    "vqmoMU6qDIfJ9Q13IuPI27Tu+yDZjkCHeurno3PXowbAM4HuuGTl9whK97V0OW3nOij+2y"
    "pPck4zEyFXFMW/I6FZaq3W5wkmk3OEnZDU4EhQRtaNqWIophY0RMgltTUCiNgynNgrUN+o"
    "VRKhH0ENbyYhcQ+ZaRkwxg8ldfzWLi3nSU4Xz7ItUl2yrZ1kqzrTI0am+hUUEDKEOD7g7s"
    "ZQXWz3NP/urzPUrMYOCT1cG+6gP/3zsl/0OYiSwAUVBTzACxphmyv3lBjO8swM657DwPIP"
    "ANCk3geVAFW3HYeWu3hN6T3/qJZWhjv0+U921nz8nvs+VbS2izfwUDXlc3pDmjSHOGZGhK"
    "z9BYkPm6bDRIkS7KTHde3XfpkIxNREfjvnv12L/snN/QKyYaO1jj71KKUVHJbKZbFvNAmi"
    "NTRVh0ukaqPoNGoguToIPoIdvt4YPXU2mGaStURfeid9u5eX/SdFl/enjWXTXKH5DjGIc2"
    "1ulvUMZI8CWkgh2S+wYxPjzOAbLqmCbCai4TbFCmxMvLmnzwUYbV4yi5iEnCim5N9fl8LW"
    "JO2IEsdFFmBz1vyEykIv3LJoMe6UGOeplHnf40m+7sikZPSfmMF3HJb9qG4aHBxmc9U4ao"
    "A/ntlPrbkXarb9Bu5cy1NUc9LClHvSyjLvjYvbcPfOse/ZfTVhmWkpZKmXhUWoCria20AO"
    "/bAiwTj2Y3AOdJPBqID9oU3EBX1drVMoMb3tA3sK3P4WKGsKhqfR6r+p3bS30Aj3pna6x4"
    "14YgXXrd1AilXXodXOoTZNkNgbuBd6eZ5megrdq86WAwaoyc02d1PHJOjk8/jpxjdHDA/4"
    "T0ytHxx08j5+zgmf552voI/UanLXjCbmuH9M/WERX4ONY+MbEWbXM2hscj2rcKNUTXKvBf"
    "4BUaBi8Dx7wKnv4iGD39AJ7oe+ssCS13F2DOBXOENZaPFrNicqaD424KpX/b/M4OXolMOk"
    "i0e+nZUKxngzfouYxYK5EahhFuOZnlK0IvGhQYCR9m9CNLPgGtxIo7/Bzsdg4ftc5Ol9OX"
    "/SNt5j7cdm5u4gdKiolCxgpPl5UX06hsccAelh/YmY4dGzF81pitMeHioD05rsCs/Stntb"
    "m/Cq82V9jyuv1U457eEFfOCTEQxGKEV0IRjJ+p1K5A9vWGYi1a54PBTYjfPu9FM9Y+3p53"
    "798fRlxf4vOY6nh50k/5zWuzg22NF/XSsOeNJ42IyYDSLAGl0kCajH41TWWZAvvoqTKnOW"
    "clIe0NKSnyZKjkDsD1uZV80EakJLDSAiktkHuHeYcWyKlIiclvIfO6qSmugY1chvVuF9mM"
    "Yb2inW0L8F4GuqonwJENvVQFJX0rr8AkFzAAJ9vk5oFGW80Amm5eopPKdiw3kjZeGIGY0u"
    "BUrMEpudjB2wGaxRc+aBA+y/Jh3bjq/da9VK54iKYfUjfCF4Pb297DQ2/Qb4NVWOMID4Y/"
    "d+/bYPWkvUdtwhlxckdqroQ2jhwsqeZR7dDBsoG629hBd9Vfc51ZSZcZ6cZdt3/Z61+3fU"
    "eMEQ6G7q+WG2XZMBRN7cnQ3oc3LJrfQrZtIM0PKGeX3HDy9UL8W9lSxaZkio3lycwdHibD"
    "wlzNS1+H/g6IyRCw8kSFxLnuGVWFSa4KUiuJ2tmQjrIkUD5KzqB8FEuhjImdL5e917520E"
    "rznDTPZVizZPzitzjqgp0qHr8YTP+W04ooEJX2LmmllWGiNcBVGmmlkbakFhkZJlqqMNFo"
    "/thNEa5nPuAYzALlKYPpVtrG95TyWoacJoC+25BTHy5R0GkAypSw02CrNwNPBxgBfpYF5N"
    "nQJ3wwWZilg+jhdhlkOSPMag50m10gX5BJ74P3CFOpMW/A/q3BRRPYCM6+N4gKje/icaO7"
    "fti6dvmmS9LT0/wfkVzXvuFemueleX6LRrOHzu3dTVfp3N3dD37p3LSBlzCSftUm+QINZj"
    "jrD7v9oXLfve31L5lp3k+LZ6IZextz1ebysbu6TScyM8H9fru84/m8sDvlMKFVzy7aIHOE"
    "c/LbjcFdt98GTHKELwd9OhIawcwFo9O/6N5wa6fKfqFhrJm+PIuR4TDZyHAYMzLs0bZZ0s"
    "NDRuOmt3sIgUtmkVdSNWSQq8sYC+J4pHmoZoaCTNFb0lAguexq4iojuXYErK9L58I1LCRh"
    "lbYXaXvZO8zS9lIGdKXtpcy2l0C01IY41y47ZxTh8B7/9kSWEYk1iUgcODZdw9Tp/zjEhg"
    "2B1SbcoJlmuiFeU+XPZds3DTjDKQIsUZ+xAENoTpANeviLbrMMmr1bwDsCQ/1lSF7AhILo"
    "mlisKZn/wP/GRAE9MyPbAg+sat8CHBy0Dw7ixptdPuhtw400wBRpgHHHWTH0mS5Y/VMTRg"
    "bFpD4uOOtIr+NkqKtJJmbxOi7VCbfya1fsfJtn7890Fh5gNCT0jyJOwnsdju2eg7foCKNb"
    "qkEsx0T3DodNkIM91CJVs9KWbRXTb7zV/A//or/EfEHuymxAe0zMmTsqfs3tP6RGs0eNZj"
    "U6mcMTV+NZYleS7ACHnTqy+HQku3REHQeCM34dn46gfJnRpprA5+HgM/009BebvIxwr0/1"
    "guv7zm0b6OzHTUw4G+HfB4/Dx/NuGyzoic55LkkZ9NVStOYohToo9TAFUxB0rq56Nz2qAr"
    "YBHI91Q6evN8LXvash88CZ6GN7TfebHdSp/4JMJFj9U7NIB6QKTCO9H8+RLaaRpsr6lJi6"
    "nSv/SUiodqHVR5lCq49SQquP4qHVBsQTh6p4eWAOytQO5S3X9rCcGdVUBLP4nw+DvhjegE"
    "iURNBVG/wHGLq1M6am8ePYwSqDEDw7umHTbfMDe+xPu0I/BW4GUWg58XF+f9v5LToEFzeD"
    "8ygxwDo4jw6ISkRbbMpw+AJyMLY+GIyWFgzGEH1NOE8tBWqw7qTRZ93fhulgL9mzm0H/2m"
    "8eHYGI/gL5KypUDRZ4dyd/AFG5cnwH7Hm1+Q5MxLJuIZZGi8GcZ3QEouUYoFotVBRZxUR/"
    "Onr+A0BUVBaTyX4K8JceOjy62KUkrQRdXLbAXQPiRSUV1rkBVSR2K0lehEJC5Vh+arU/LP"
    "FVcmtMAlGpO+XWneiMcsZjXdUZkHkVKKGw/Eq2/pVgokyhNWUbrmoQJ+9GLRIvcLNeXqns"
    "bg2/EJFxLPnDWAqU42Oolcbq22wU61W3VUEh1GTNSSBagy0jGjadLW46LXA6HjnN8aKvbk"
    "PdyMUxRQXlB7H1D4JqSCZUKEae80HWsYnKlWNoarVxuzUrc41KQEQOyNYHRJ0i9QVpObMN"
    "hKW+7YwDzNHlCzKtnKRFVK7MZvx1zZhbSb69kYvh9tzgmGvbA7J/8UZM4AYXadFMc4Njvm"
    "+KhezgDHg7xODXqa5OgSfCkjBBwDqywFg3kJuRic6qZ2ghMCX0R4H3BCNgklcwRyZgCXma"
    "AH2YfACjgB/eqCFIELXTJ8kgg3K55CVneRLjut3MTvuFdsfVAtbYGOSekA9irotYToLLY4"
    "r+4snUEOTT4wwgnx4ngsxuxc2WdAdVxZXAElfgqJiMQxKQaQaB2lphSCHBGkYhVTfqiF8q"
    "i+bam82JaT/O2XQR6a2h+6laq85bKs6qaYGlOwMZvPJlAT3XJ9+Kivip1To6OmsdHJ1+PD"
    "k+Ozv5eLBcnOK30lap8941W6hCn8vbiiQ7HCj8Hzn24pBQDTfj1slJFv755CSZf2b34qyD"
    "aKZjaC6S+QaRnWthu9xaxTBOm7se9bXcFiiQ571+5/53sV34XECVnf8+7Hai3KX+l2BiJy"
    "4tfnOp8wh0ngpmnvVKZOYkfgVlOXu3d4P7Ib/mbqj8ajAx7VWnx7PSjqHOS3BuLVHt1iNl"
    "pNN72fh8mSG1rseJ4DCPdaxb07XGOSIqi7mWeZzVKcyZ4zIgIRNcipK+eKxJ3pJ4cUEJr8"
    "wfKvOH7h3m7eZNiS6+WwD3wuumWitDVlgD+02GRJaBVXQLyNa9ilh8zylVxsUHm16/Mrjq"
    "EmOVVzebaZQyS9WBlLHf7k0XiJ/JK6AvtABcENDZhyfIAq+sUNXYJDPwxP5U+N0n8P7dOz"
    "AmJoDAy2/7jnkwmJbtin8HbAKeqPrlNm8CiDUwdV8l5A5RyFNHmD/Cra01Ay9UJ2R/000m"
    "tgDuKb4NoGF8zxRz4B6kdfoeLFsba2ohMEavzA3D4llQ2GXaHTe/0V8CEMvdOcLu64P3bE"
    "VkyFv/vRoF68N8AV5N3XbzRs5oP9zdgw4LtqB7cvaqf7ndJLp0ROj7FUB8/L1fv1kyJsns"
    "F8bsh0YvM7Ufkqojt5/F0N5KNrS3Yob25YeRA+agjAQ5A8je+p1vQQkIFXc8OajBqhJi/R"
    "c5UV+KSMzXw1yeyOWJvKTHmzUymRZ2trkwqGo91lVoJ3h7hxuknnGw4ShqrPmbR50OGDVG"
    "zvH49GDknJ62xvTPg/HRyGkdtE79P8fjw/GoAeiwW0ys7dbtRZbFjimQqvB0VmlNflXnZU"
    "ktqr2PWZq6JnidEtrkhf2VnUBYG6rjvyIz7g6+v1cZ4ae5SebEgsayLjGrNgw4zu/csw87"
    "27yH4ILQAxEVpw9jprHvaLcIs/LFbg+s2jGmONPhQXSSZi5U7NNA0gGpJJtb8jHFRl8FjF"
    "1yygS/fS205sKzTE2JLozlS/O7XorUAvICIo391S8Oc0qSloCM9LFIn/jrBNzrLPgxz7xf"
    "SdQuvP44y5w/Tp7yx7EZL11Y1lripWtD1UZz28b3GTeH5cM0JCNRlQSKJFD2D3NdXBqqim"
    "uST4MQ0tnSCaEob4aqwhraa8pE9t0gaGKkdb/C2ZwjHGP7Ii2ab9F9htteQQGBDITffGpC"
    "i7FZ9lS3wPLzfmeBOSK0H1a3kRhfkAaeFwACdqzweDaPDZtxFg180dErM9PrNhg5rcNPLY"
    "9yEzF7hTzzbf8ATsVIb4AK02wpBuo60WwFcD7uh5MH4ZVEDTGWFIOkGNaiGOTRTR7dSqoL"
    "l9n23UGmrk5FarB3J1X9has2u8wOkUs1/Fb0wp2lCJN5rIrI6sA+qhwIe81riO5hJq36ME"
    "WrPoxr1fSJYrU6pSASSdKrC7Cj7kfJ25rFdK/Zj/7+f1jXHiY="
)
