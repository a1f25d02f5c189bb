"""Compliance: disclosure rules and their data version."""

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
    "eJztXWlz4za2/SsofUmnntLPlpfuKJlUybbsaNqWNLKcZaIUDZOQxDIFKFzacWbyfvsDuE"
    "hcQJqUSIpko2qm003igtQBCFycu/2ntSIK0oz3l0totrrgPy0MV4j+JXC9DVpwvd5eZRdM"
    "+KTZDWWvxZNh6lBmvcyhZiB6SUGGrKtrUyWYXsWWprGLRKYNVbzYXrKw+oeFJJMskLlEOr"
    "3x22+tF6I/G2soI9b5WoPmnOgriT1NUpXW77/TqypW0J/IYO3ZP9fP0lxFmhL4HbQtvWVf"
    "l8zXtX1tgM1ruyF7nSdJJpq1wtvG61dzSfCmtYrt37dAGOnQRKx7U7fY72Ov78Lg/WTnp2"
    "ybOK/ok1HQHFqa6cPjSdpea0nScDSV7vtTSWplQFAmmKFPX9Wwf/2CvcI3nePTD6cfT85P"
    "P9Im9mturnz423n0FhhH0IZnOG39bd+HJnRa2BhvQY0MRwRiOm90PsY82RDi9KeEEffwTY"
    "Lcu7DFfDsRywB9Bf+UNIQX5pL+87jzMQHin3qTyx97k3e01dfskYR+Oc7nNHRvdZx7bBy2"
    "uGtEhhrKgvZWojyMW38tpcthqxSY04AcD3EEYFNdob8IzgSxX6ZEkHuGCv/3fgnxYgnVcs"
    "A+P02B9vlpLNzsVhDvF/S0JORZekavWSAPiZWIejlAd87OUyBNW8VCbd/jY410nei7oL0R"
    "bBze+U9sWUcMCsnRjYJIX9E7bNHgox2UDEGtuKLvvb/UcZ+kP1AZYe3VVYoSoJ8O7vr309"
    "7dmD1uZRh/aDZ+vWmf3enYV19DV9+FP4pNJ+DnwfRHwP4J/j0a9m14iWEudPuJ23bTf7fY"
    "O0HLJBImLxJUfPqbd9VDLfiJeTorVyeKVTvDYm8roHUY5hx0UKbVz5+5KmjgeBDE+ZroSF"
    "3gT+jVhntAXwtimbc/u4ecn/191Qzmv73J5F3dTlUdvmwORJE5RlGgvx2Zztrfu7/sXfVb"
    "NuBPUH5+gboixSBPxdTPSFeREYX+wpW9/jRBVM9nvyUW9Sunn9cGgR5YDIhl0pVOXu6H0s"
    "jXS5NRkui5EO85ozysxrSrpuK1RlihnUi0BTYcQPZEbez0ON122FTsFHWBDHPfZcvupEkQ"
    "sUWfdIhvsQ9sA9Fbq84qfAViuLB/Ens2e5KL1h1aPdmMXoRZdO+0k7jF1bbNW+xiqwdMBF"
    "crOh7vweOGZLIMpNMd7xGoBjCXCHg3vjKAqrQB0cEje6/u94pq0HuvgP3rh0dA2wB6pqf/"
    "15xryvtWCOVynpiBG3WfLLjRanCj3nBEIE7BjfpkBTeajht1PyfJ/ncGzMNyTcT76CgN3k"
    "dH8Xize0G82X+z8nZ+maJwLnUtKR5mncQR/n1srSIH3ADcnmyJfB1Zsz4dmjAD4q3e1d1g"
    "2AVQWal4hu96w95Nf9IFjl6hz/Bo3J/0piN6KfCErCOUhlY9jmdVjyOkquD54qEXPJ/g+Q"
    "TPV1uej7xgujzZyxTR9zw0Xzq9pMDd/U1Vhz2oChFzXzJ0SLtoKDr0q1wg5u2BF/uidM+6"
    "urR7aihY0FJUU9LIYj+geqybW6eXBqK0NUFIrhpVmimi5nDZi7oAK41BIpeZlcF8U2uwyr"
    "fe1BGuhUYMA+qvkon01Z5w3bh9TWlXDYWrIrauOkKno7X2Kik6nO9r75qwnq5YRw2FSoar"
    "NaTnyJx0iUu3u4ai5dpQc9K70tpS64jUGr6uEM4LqrHTW4OwKtLsvGV6OJbnAA0Ub3wOME"
    "9v259HGIFrpBpLC5gIQ2y2bXPuz+iSrIBM9LVt+2UWYdsnHzBAiIaiZuV9OuJaiz2rImuA"
    "/qSqB4aabYURhuIqGIp3te745atstGxd9wf3Pz7QzuxJPcM/9y9Hd13wgmSymuHL0fB+dN"
    "vvevO4GnadwHfCHSD+5A/LVXlgqmS9z2q1L99aX1boRyojcifBiNyJGpGFlTIe/WZZKSOW"
    "tDSWHhaJua+Bx40Crtnop1LkHS/EPQHaujs2EaKyrYS1BKk8M2Et4TmYnbCWaJVvKKwlTC"
    "JYSQQr5Y+SCFbKZu8q1dJVS6QqYuqqJXYHsnXVEivf/JJkuvpwSJcsgPlm16XXW9Nhswy4"
    "yA+2B6+3JsK2Ma2WZlKtJ0yEvT/R81j2L/19NRUwEcib2vpcltW5liApCCqaivc/HDrdNA"
    "mmTNZ5H4lDtU5pTTRVTlD6RxhNCf0jBZFDuxtvemuI4wP3RPmHRUyYB2TeufJfXocNQS2j"
    "B4jHJfNymm5p5oS0pr5GZWQ2ZX9fQqxoiOuaEZKyudIWbRO6zty7dc71cM/Cy0N4eeTs5T"
    "EdfJqOPtHBU59N8jzDg+H9tHcz6d11gcp+3EKHqxn+dfQwfbjod8ErXfmsp4p4ezifRxb/"
    "g61ElQdlVw+PIgLZfUtQZpyb7E1TBNYysbDJo13jgfaJ7IRyxdSIkFNNGpeaeIeaSE4GtH"
    "BVsLTobiWaB27+y7GDVuZMLiGxBiJdxFpxkJTXlYY5/2zAGsQLi8saJ2Ru98k0D+Oc87aj"
    "FVS1LOhuBJoHbecszfylrRKSh0dm8JxoGnnhe8Gpi9hTYkBsp3QnVYPaOS5+2+mcnHzoHJ"
    "2cfzw7/fDh7OPR5twYvZV0gLwY3LAzZGAgvENlyDVq1xPkRrhEX+m1Tow1ks1WtmFojSej"
    "+3H/ctoFXg92gMC0dzntX9khAiaU6bvO8KQ/vh2wa8z6q7Irw/7NaDroTQfDGzp6aEFMFZ"
    "p0LGeYHkP7rCk9gyLW8r53N77tS/c/DsZjdt2AqzU9ZBhLdb323Z/0L/uDn3wNdCQj9TNr"
    "wd6pP5xK49H95sUQNiXmwcvuj3sDenUNVfr3q/7l7WDIWilIZjQxvXbzoyu4WLoSF7ejy0"
    "/sypNG5GcnWizzl5/qw0/47iOfPZ06nC/+n/ejYYxi4LYPO4qrsgn+CzS1OHtL6/u5hWU2"
    "j8CTpWp04I337Hk/ZJyCWYlKHtQMH9bzxkfcg/jdXe+XMPqXt6MLGzKf8zfr4EL48KdelJ"
    "vlw+8fdWut7DjqQUkx6lUZdQ8j37BHrUKMxs+WW84v0iBFa09eXqTsKwrbSKCRSNlXbMq+"
    "yPqQA7qpg5IqtjikRda/KAZQpS8Ahg+3t+kyIYrAHRG4kxtaB4hIqcnXKwJShOu78LKtDm"
    "DChTTVci5cSGNgKjLBk61PcXz7PD0r3rEPey1y9eqLuOv5/Ad9/Fs257sky0rD/O9KMajE"
    "e+k90x+/q33Fky3RvOLN4SymFXqvTweBSs7w1aR3Pe0CxdvuD111G/3JoTen9GqMlcFt3w"
    "h3sCTasv/LNNmOsGEtb0fDG6952Lgg7Ag5DEW1GeSo4YDeXJKMHHJARpDIURLZ3dSzoRoU"
    "EgSyIOcFOX94mIsj532a/574Ni8fVhjd4Nr4NrbODiUsH28CG9jKM5s+ijy5+yl+zgE+ZA"
    "GIP8f7rQ6pzvOt3pplWfnGLrBrS4OlatDZ99q1sykbxNJlZNfhnVsY0+cBiBXAdNlvVPyN"
    "LcEpApxTp2k4hcDa7fxyh1Vg8X5+wsF3SxAOlSQc5jpZSXu5dQZ7qLAbs3DqrJpTJ9lv5v"
    "nlq0zBiIlXsYnn25ciU+8N6ikgKainSlNP3mA9vWYkSsJygoISFJSgoOqJraCgBAVVC3Sz"
    "UlDbXUrQUG+DG97SK0VFbZKfc3gof2L0eBIqkIW9YI+SIPsjfEqqTvFA2XP5ShuUvpWo8r"
    "E6/TAUnFXBhDr9XLIAvJUQdaPS1I1SkMnNqxAfALyVqEYIMHusCAEWrjt14k/oNpDZc0fe"
    "83hfMf1SnO6rja043R/wdG9/7OLw+bYPhBxzrj/0uXOsExkZBlL6n5H99pHTZ6hFO+kMuv"
    "baSmjTOFW1agUp1hqBZ/QK3qH3i/fgcWUsut87Rad/6H6/or0yHwtV+eHx6zZttzYBNIGG"
    "oGGCj2BJLN0A79xS1ToyWUyj7enwfx/A8mt+YesSnvlmDey9S1+LM3RZZ+jk7Mn8EahLxu"
    "QdD3r5p9vMmJK3ubl4Re3lUpeYup/ZIkrwYbSJTSIAjh7hTxIQr0Eo/lapVAc24RRALPOJ"
    "WFgB7q7dBRqRoQZeoKbZTcD/AJYmFkCD/u8ZKW3wqNCtGZqPQMXgYXrZZj6TpuU4RdJXMO"
    "gz+IpD4U9MQ8E7ovb72Z3GVmBoA6+tKLdQarmFegVy7uDTNunfDYZX/QlzVVuxvvUZHj1M"
    "J/3e5Y9d4GXNmOGrwQ1d1LpA2VS5Oryisf18dhmerXSZiUydKpoZGeTWuD+8sj0HXfkZvv"
    "euGL4rU/uf5gxf9wa3zF1vDlXN9gjsDS/7t/YlmYGh2VfvP3kuhs+2b2E1RtVdCjMqN1sp"
    "wUZXTrMJ5C5nG6zENtgsh4SgVJVX1F2PYd+m+Y6+jf+Ovg1/R1mT8O+VgL/a4OZvK3Y1vQ"
    "wal0+iPNr/uNJql4+CNk20WvNSA92v6Dcfb6fyyZWH6lGxqJ50PpxvAGX/SMLy/q53e8tx"
    "69UgO+DswhIEJHPYTKvJ9jdiL2XK3g5D7BMT41vl8dWgYUpI13nmuaRKL36pxnkmnaViVc"
    "8SWNWzKKvq2Yl0NM8CdUiscVgfd9KkZqKt4vXSTiQ9k2GiddaN3pMRm3wgW6dBAcrqFRqU"
    "at6ULaB8HAXs807KVEhU7LZV3m2rnzausE8oaRiLSBrnpLGQ+IjHL10hsQYAX4JqUy+Dcb"
    "ksUT1LvqQp9CMvoZk5XNoUfqlvRErvEoYelhMO1dUJQ284rJ79NmPtp6CUAJYDrKioJWIq"
    "qo2tiKk4ZMaEJU/dzp4uwe2mobj6VM5qJqGo2JJbVA4KUf8tHa4p6r/xTwwC23RzNkVqj3"
    "RFvTLDm6GyV00BDmn1/FUh3uXc56Bnu4DuW6Bo40faDLRDeQ7KLuJUF5SKDFzYfMKcwAX/"
    "5x0fuOBfT9IFLrg77VfGxlUaGIgOAV1rwDtmtATH4B9gruqGCUxiycs2S+OMwZxoGnn5xl"
    "obXwMLm6oGoJ0rlCV9JmsDqCY/bKHg5+2WN4iIAIXYL6HoAIUa+sCztESfM9eb6l1OBz/1"
    "u8CRnuH76ch1XqcT2E6MezUa0vsKwYjv8B7+oA4VtFAH74eCHUfz8H5g4y7R5cfI5v4QEm"
    "ucDTF/X2dhQIyHvrkGRGut7DjqQUkx6lUZdY4TTLSosTAbC7NxzcAV2cuFLa7i2ApbnMhe"
    "Xgt0d8heLuycBdg5hdUoX6tRKruGk7ZG3Z+236a/aQbqpdD2Yw3iVgJ1b99vp6HvpbXX9O"
    "0ajqyUFz1DIQU8QVNegheosrJcdg5AisNc1Vdt4JQdAOySTSZ+Bx5VE62MR7Ak9CfalRll"
    "slpbdKDttEEGp7BjkU96m7cXrLxg5ZMz07izMysvP56MxqN7RrR7PdgF6K4Hkzu39hyb2X"
    "FJaKrBydufWHS04tPSbwSqkZWePa8xWelFbJCIDaqALlRTklfEBgmSt2HgCjJSkJEVOQi3"
    "RWCAIMwqueiWR5gVyQXdI6yMiabK3OzTvrvtJB6IpUSV1tuGKVggE8HVV4adTBW80CEkL2"
    "2W4NmmWzYul05uaFuxBXcqtkxkADg3ke7eWakKVhdLjutmEQ8QnE+1OJ8XhJ4V+BrD+sTo"
    "KD6ZEk+sx+1O+6ScY2snXQmEhAoI4TOr8/VIdCHXOTtpsiNlWLY8nfDstAYJpVx4EC/neS"
    "pgETfjeYGwnp/XANY/LBWZu03YkGiJDsCd+iC7w3wNCJaH6unHGoDKssFLS6o+8XezC0I0"
    "BHEMCxuWDWH7RIWLAtdTJsrlwC9Go9sA73cxCCfAeri76E/eHdt7HG2kOrp2FPgFXEsGoo"
    "9WOLDHTuWQVJlLRMGTOTcGyYl+stZSVv0sIliiknbS/lCOinaaRkU7jVfRTiMqmvAdj4e+"
    "nmaFNL7jleJpa3/UjLC0WRiZVIzuCKMpoX+UwecedDjyZXPzY7tuNGIYUH+dIn3V4vBdgf"
    "vtJMZr4baUTK9pKs5LX9kElN0hWFmGCSwDvQePGsQLi77zI5i1Zi3woppL8EjPIAtkgn/8"
    "Azim9scugIC9McDoM9IpohAbGpsTfP6ryIdxa7QGpr7rHuAWm/SeuV/dVkGZ7esmZQ9KFo"
    "VsK9HAMjXHqVw8jhNcPI6jLh7BiZ/Rm6a5tVkLwdpZtbLgvJUQGKfDeLN0Z0DZL9M4x7A0"
    "FRri6zNEqjMIl7C39MgantU4PmDCY0l4LNUFW+GxdOjwSeFekw7earvXjJ1awVP38OxgEK"
    "EdOK3aSeSDW5NYMkMCKSgIneUuY6nKNsSATCxNAZiYgHb2Qk/6r8jsgme0Ntt2iXXnKlKY"
    "84xqGixgygQvLMXZtg/VAAwvHg1R/AOz1X3H6E9Wis+uYmkXgM9EQFyoiy+Fg/i20zk5+d"
    "A5Ojn/eHb64cPZx6PNRhK9lbSjXAxu2KYSULz2qQPPR78Otd93PdXlHn5V/cJLBzpUFFF6"
    "yWEcpF2O0RzRnYagYnt7cHqfdFJM75NO7PRmt8L146CC9J0Q54g2YtIXz2CQ3QDnyTZvju"
    "cM+JLqSRova0J8AK1PRITQJq/xO4TQ2t7i2RjSjYRYX96a7nUM7neOaBnnd2vcH14Nhjdd"
    "4MrP8M+jySf7CuMR7Cv+rLvXvYEd3j+HamVi+93DFWe8kj1E/XKi6rAP0PCRNYJrspWAIy"
    "5MBdU2FWiQDsJOFqGApKh+XOVR1qBhSkjXeYnykiyrfqnG2VbzPwwK8+oX8TV5rPEO4xwS"
    "FatmpcfZeM5aB9QvIoznnFwqIjuNcEeoNLbCHUEkUKk4rpkSqNg7Ug6YNt25w79zV8qvY8"
    "IquV3pcG62OP4cvrvtJD8Oux6cpGwapvLfYCXkXnTVNO0ic7qXzMQAc504AR9u5pMnXUXz"
    "72wXCma/ZT4TtFfCwjqIiQDBwK5mx1RaVvOQ77xR6NNEQpVqRYcIs1LFzErs06HLX6YR8c"
    "uIIcl9SOx1Ljoe8b4zG4FG2PnKdp6pT/BJXY2rJsHZfJLc9iVSz95fS4FXeNvVesFg+n3Y"
    "MTr1Us2RbYCFpewhEBaXnYaibky8CGgTdRZrh6tg5gUzX1GyU9RZrFSdRRGE2ZQgTF9c5S"
    "WUl6jFoewjbdpJxL3vjCDJm+Zv0vcjjMBcxaqxZLXktn2w6nO2FaANntErq1f3CljSJTqX"
    "WL06kwVAGktIV1+gmuCdgRCwn/re/pPljPk6yt4X/bC3M0CxXDZ7pXsS0ZbsXinRltmSFT"
    "U3S9H5aQr25/w0lv1ht4IapwhkLZBac7Nm7cISc0RF3FkQ7yhXfPhQ1mrP8JzxtlWPLChv"
    "BBqIbSHJzXRkuJaFtCTxVqIRGAtyuBZDUTdyWPBsgmerKFmxQ9LpQ1AVDwZcvEVVOG3aaa"
    "kKa9P8TapiSp4RNgCZA4I3iZsgg515ATqJmLC51F6B3amduEmmawhYIx1sEI6yEjn2mybv"
    "U+Db8G0gIutTRXkIcVgu7rAsThNFnybWOmFB9qa9yGVQeyJyQu/h2cQpSHSfZjtZZoS5sg"
    "LlhMrq4oAmDmjigCYOaLl/PrU+oF3C1RrSEWtxDmabe+2kA5nsb/XWOSwe27fNr+ztpL1t"
    "sF/KwaewoCr7vxmUbq+90LnT6dybaZ4RY1FqJ/PZRrHkTLV2fCINcKMPl1lPV2c9qdB6BO"
    "MV1J+zlTPaSjTPeJ0mFVR8JqhIIqi1Bs05car1ReF9O4+kX77CYNPTwafp6BN9nPpMj7oz"
    "PBjSs8LNpHfXBSr7bQsdrmb419HD9OGi3wWvxDKtJxRmag9DUSkIag6qOw5SoIMy831CVc"
    "m48LTGvcFVFzDJGe5dXw9uB/Rg2AVwPlc1lb7gDN8MrqcsvedCnZtVSe9J5nOkS/yYtvh1"
    "KijVuN3gLNVucJawG5xxCgmaUDcNiRfDxoiYGLcmv1ASB1OZBSsP+oVRKiH0EFayYucT+Z"
    "KREwxg/Fdfz2Li7nQU4XyHItUF2yrY1lqzrSI06mChUX4DKEOD7g7sZTnWzwtX/vrTBMVm"
    "MPDIan9fzYH/70LJ/wBmPAtAGNQEM0CkaYrsb24Q41cGYOdcdp4HEHgGhTZwPaj8rWzY7d"
    "ZOCb1Hr/Ujy9DGfh8v71thz8nus+VZS2iz3/wBr9sbwpxRpjlDMDSVZ2gMyHxd9hqkUBdV"
    "pjuvJ306JHMd0dGY9K8fhle9i1t6RUdzCyv2u1RiVGSyWqmGwTyQ1kiXEeadrpGsrqAW68"
    "LE6SB8yHZ6eO/2VJlhyoWq6F8O7nq3787aDutPD8+qo0Z5A3Ia4dDmKv0N0hxxvoREsANy"
    "XyDGx6cZQJYtXUdYzmSC9ctUeHnZkQ8+SbF6nMQXMYlZ0Y2lul7vRMxxOxCFLqrsoOcOmY"
    "5kpH7eZ9BDPYhRr/Ko059m0p1dUugpKZvxIir5RdswXDTY+OxmyuB1IL6dSn87wm71Bdqt"
    "rLWy46gHJcWoV2XUOR+7+/a+b92l/zLaKoNSwlIpEo8KC3A9sRUW4ENbgEXi0fQG4CyJR3"
    "3xQfuC6+uqXrtaanCDG/oetvU1fF0hzKtan8WqPnZ6aQ7gYe9shRXv2hOkK7ebBqFUpNfB"
    "lbpAhtniuBu4d9pJfgbKts2bDgaz1sw6f5LnM+vs9PzjzDpFR0f2n5BeOTn9+O3M+nD0RP"
    "8873yEXqPzDjxjt5Vj+mfnhAp8nCvfMrEObfNhDk9ntG8ZKoiuVeB/wAvUNLsMHPMqePyL"
    "YPT4HXik762yJLS2uwBzLlgjrLB8tJgVk9MtHHVTqPzbZnd2cEtk0kGi3QvPhnI9G9xBz2"
    "TE2oo0MIww52SWLwg9K5BjJLxf0Y8s/gS0FSvv8HNU7Bw+6Xw430xf9o+kmXt/17u9jR4o"
    "KSYSmUt2uqysmIZlywP2uPrArlRsmYjhs8NsjQiXB+3ZaQ1m7V8Zq839VXq1udKW1/xTjb"
    "t6Q1Q5J0RDEPMR3gqFMH6iUkWB7OkN5Vq0Lkaj2wC/fTEIZ6x9uLvoT94dh1xfovOY6nhZ"
    "0k95zRuzg+XGi7pp2LPGk4bEREBpmoBSYSCNR7+eprJUgX30VJnRnLOVEPaGhBR5IlSyAH"
    "A9biUbtCEpAaywQAoL5MFhLtACueQpMdktZG43DcXVt5GLsN58kU0Z1svb2XKA98rXVTMB"
    "Dm3olSoo6Vl5OSY5nwE43ia39jXKNQNosnmJTirTMpxI2mhhBKILg1O5Bqf4YgdvB2iWX/"
    "igRexZlg3r1vXgl/6VdG2HaHohdTN8Obq7G9zfD0bDLtiGNc7waPpjf9IF2ycdPGoTroiV"
    "OVJzK7R35GBFNY96hw5WDdRiYwedVX/HdWYrXWWkW+P+8GowvOl6jhgz7A/d3y430qZhIJ"
    "ralaG9T29ZNL+BTFNDihdQzi454eS7hfh30qWKTcgUG8mTmTk8TISFOZqXugv97RMTIWDV"
    "iQqJct0rqgqTTBWkthKNsyGdpEmgfBKfQfkkkkIZEzNbLnu3feOgFeY5YZ5LsWaJ+MUvcd"
    "Q5O1U0ftGf/i2jFZEjKuxdwkorwkQbgKsw0gojbUUtMiJMtFJhouH8sfsi3Mx8wBGYOcpT"
    "CtOtsI0fKOW1CDmNAb3YkFMPLl7QqQ/KhLBTf6s3A09HGAH7LAvIk6Yu7MFkYZYWoofbTZ"
    "DlijCrOVBNdoF8Rjq9D94hTKXmdgP2bwW+toGJ4OobjchQ+zoaN1r0w3a1y7cdkp6e5n8P"
    "5br2DPfCPC/M8zkaze57d+PbvtQbjyejn3q3XeAmjKRftU4+Q40ZzobT/nAqTfp3g+EVM8"
    "17afF0tGJvo2/bXD30t7fpRGYmuF/vNndcnxd2pxomtPrZRVtkjXBGfrs1GveHXcAkZ/hq"
    "NKQjoRDMXDB6w8v+rW3tlNkv1LQd05enMTIcxxsZjiNGhgPaNit6eEhp3HR3Dy5w8SzyVq"
    "qBDHJ9GWNOHI8wDzXMUJAqeksYCgSXXU9cRSRXQcB6unQmXINCAlZhexG2l4PDLGwvVUBX"
    "2F6qbHvxRUvtiXPjsnOGEQ7u8W9PZBGR2JCIxJFl0jVMXv7LIiZscaw2wQbtJNMNcZtKf2"
    "zavmnAmS4RYIn6tFcwhfoCmWCAP6smy6A5uAN2R2CqPk/JM1hQEB0Ti7Ek6+/svzFRQM/M"
    "yDTAPava9wqOjrpHR1HjTZEPettwIwwwZRpgnHGWNHWlclb/xISRfjGhj3POOsLrOB7qep"
    "KJabyOK3XCrf3aFTnfZtn7U52FRxhNCf2jjJPwQYcj33Nwjo4wqiFrxLB0NLFs2Dg52AMt"
    "EjUrZdNW0r3GueZ/+I3+Ev0ZOSuzBs050VfOqHg1t38XGs0BNZrt6KQOT9yOZ4VdSdIDHH"
    "TqSOPTEe/SEXYc8M/4XXw6/PJVRptqAp+mo0/001CfTfI8w4Mh1QtuJr27LlDZj1vocDXD"
    "v44epg8X/S54pSc666kiZdC3S9GOoxTooNLD5E9B0Lu+HtwOqArYBXA+VzWVvt4M3wyup8"
    "wDZ6HOzR3dbwqoU/8Z6Yiz+idmkfZJlZhG+jCeIzmmkabK+pLoqpkp/0lAqHGh1SepQqtP"
    "EkKrT6Kh1RrEC4uqeFlg9ss0DuWca3sY1opqKpxZ/M/70ZAPr08kTCKosgn+CzTVKIypaX"
    "0/t7DMIARPlqqZdNt8zx77Q1HoJ8DNIAosJx7O7+56v4SH4PJ2dBEmBlgHF+EBkQlvi00Y"
    "Dk9ADEbug8Foac5gTNGfMeepjUAD1p0k+qz/yzQZ7A17djsa3njNwyMQ0l+g/YoSVYM53t"
    "3xH0BYrhrfAXteY74DHbGsW4il0WIwZxkdjmg1BqhRCxVFVtLRH5aa/QAQFhXFZNKfAryl"
    "hw6PyncpSSpBF5UtcdeA+LWWCutagzLiu5XEL0IBoWosP43aHzb4Spk1Jo6o0J0y6050Rl"
    "nzuSqrDMisChRXWHwluX8lmEhLaCzZhitrxMq6UfPES9ysN1dqu1vDz4RnHIv/MDYC1fgY"
    "GqWxejYbyXhRTZlTCDVec+KINmDLCIdNp4ubTgqcjkZO23jRVzehqmXimMKC4oPI/YOgGp"
    "IOJYqR63yQdmzCctUYmkZt3E7Nykyj4hMRA5L7gMhLJD8jJWO2gaDUl51xgDm6fEa6kZG0"
    "CMtV2Yy/qxkzl+Tbe7kY5ucGx1zb7pH5kztiHDe4UIt2khsc832TDGT6Z8DbIQY/L1V5CV"
    "wRloQJAtaRAeaqhpyMTHRWPUEDgSWhPwq8IxgBnbyANdIBS8jTBuj94j2Y+fzwZi1OgqhC"
    "nySCDKrlkhef5YmPa76ZnQ4LbcHVAnbYGMSekA1iWxcxrBiXxwT9xZVpIMjnpylAPj+NBZ"
    "ndipot6Q4q8yuBxa7AYTERh8Qh0zQClZ3CkAKCDYxCqm/UkX2pKpprD+lUmeNprO6dRE0V"
    "btsUWadTaHxlanxCLQmTxGdnaUjis7N4kpjdC1lJ6EeVAWG3eQPRPU5FwR8nUPDHnFJRTp"
    "7VLFSiT6R8KvEwG2VupOFBN7O//x9f6kfQ"
)
