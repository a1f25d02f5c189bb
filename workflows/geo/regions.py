"""Regions and cities (zh + en) with their holidays subdivision code and IANA zone, and the
free-text location scanner built on them."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from workflows.geo.countries import (
    AliasIndex,
    Hit,
    Prepared,
    country_aliases,
    default_zone,
    is_cjk,
    lookup_country,
    name_key,
    prepare,
)

# A row is (holidays subdivision code or None, IANA zone, aliases). The dict key is the
# canonical English name and is itself an alias. Aliases of <= 3 letters are matched
# case-sensitively as whole tokens; longer Latin aliases case-insensitively as whole words;
# Chinese aliases anywhere (outside @handles).
Row = tuple[str | None, str, tuple[str, ...]]

# Zone-only areas (no subdivision code).
AREAS: dict[str, dict[str, Row]] = {
    "US": {
        "US West": (None, "America/Los_Angeles", ("美西", "美西部", "美国西部", "West Coast")),
        "US East": (None, "America/New_York", ("美东", "美东部", "美国东部", "East Coast")),
        "US Central": (None, "America/Chicago", ("美中", "美中部", "美国中部", "Midwest", "中西部")),
        "US Mountain": (None, "America/Denver", ("美山地", "美国山地")),
        "New England": (None, "America/New_York", ("新英格兰",)),
    },
}

# States, provinces and other first-level subdivisions.
STATES: dict[str, dict[str, Row]] = {
    "US": {
        "Alabama": ("AL", "America/Chicago", ("阿拉巴马", "亚拉巴马")),
        "Alaska": ("AK", "America/Anchorage", ("阿拉斯加",)),
        "Arizona": ("AZ", "America/Phoenix", ("亚利桑那",)),
        "Arkansas": ("AR", "America/Chicago", ("阿肯色",)),
        "California": ("CA", "America/Los_Angeles", ("加州", "加利福尼亚")),
        "Colorado": ("CO", "America/Denver", ("科罗拉多",)),
        "Connecticut": ("CT", "America/New_York", ("康涅狄格", "康州")),
        "Delaware": ("DE", "America/New_York", ("特拉华",)),
        "Washington, D.C.": ("DC", "America/New_York", (
            "华盛顿特区", "华盛顿", "华府", "哥伦比亚特区", "Washington DC", "Washington, DC",
            "Washington D.C.", "District of Columbia", "DC", "D.C.")),
        "Florida": ("FL", "America/New_York", ("佛罗里达", "佛州")),
        "Georgia": ("GA", "America/New_York", ("佐治亚", "乔治亚")),
        "Hawaii": ("HI", "Pacific/Honolulu", ("夏威夷",)),
        "Idaho": ("ID", "America/Boise", ("爱达荷",)),
        "Illinois": ("IL", "America/Chicago", ("伊利诺伊", "伊利诺斯", "伊州")),
        "Indiana": ("IN", "America/Indiana/Indianapolis", ("印第安纳",)),
        "Iowa": ("IA", "America/Chicago", ("爱荷华", "艾奥瓦")),
        "Kansas": ("KS", "America/Chicago", ("堪萨斯",)),
        "Kentucky": ("KY", "America/Kentucky/Louisville", ("肯塔基",)),
        "Louisiana": ("LA", "America/Chicago", ("路易斯安那",)),
        "Maine": ("ME", "America/New_York", ("缅因",)),
        "Maryland": ("MD", "America/New_York", ("马里兰",)),
        "Massachusetts": ("MA", "America/New_York", ("马萨诸塞", "麻省", "麻州")),
        "Michigan": ("MI", "America/Detroit", ("密歇根", "密西根")),
        "Minnesota": ("MN", "America/Chicago", ("明尼苏达",)),
        "Mississippi": ("MS", "America/Chicago", ("密西西比",)),
        "Missouri": ("MO", "America/Chicago", ("密苏里",)),
        "Montana": ("MT", "America/Denver", ("蒙大拿",)),
        "Nebraska": ("NE", "America/Chicago", ("内布拉斯加",)),
        "Nevada": ("NV", "America/Los_Angeles", ("内华达",)),
        "New Hampshire": ("NH", "America/New_York", ("新罕布什尔", "新罕布夏")),
        "New Jersey": ("NJ", "America/New_York", ("新泽西",)),
        "New Mexico": ("NM", "America/Denver", ("新墨西哥",)),
        "New York State": ("NY", "America/New_York", ("纽约州",)),
        "North Carolina": ("NC", "America/New_York", ("北卡罗来纳", "北卡罗莱纳", "北卡")),
        "North Dakota": ("ND", "America/Chicago", ("北达科他",)),
        "Ohio": ("OH", "America/New_York", ("俄亥俄",)),
        "Oklahoma": ("OK", "America/Chicago", ("俄克拉荷马",)),
        "Oregon": ("OR", "America/Los_Angeles", ("俄勒冈",)),
        "Pennsylvania": ("PA", "America/New_York", ("宾夕法尼亚", "宾州")),
        "Rhode Island": ("RI", "America/New_York", ("罗德岛",)),
        "South Carolina": ("SC", "America/New_York", ("南卡罗来纳", "南卡罗莱纳", "南卡")),
        "South Dakota": ("SD", "America/Chicago", ("南达科他",)),
        "Tennessee": ("TN", "America/Chicago", ("田纳西",)),
        "Texas": ("TX", "America/Chicago", ("德州", "得州", "得克萨斯", "德克萨斯")),
        "Utah": ("UT", "America/Denver", ("犹他",)),
        "Vermont": ("VT", "America/New_York", ("佛蒙特",)),
        "Virginia": ("VA", "America/New_York", ("弗吉尼亚", "维吉尼亚")),
        "Washington": ("WA", "America/Los_Angeles", ("华盛顿州", "Washington State")),
        "West Virginia": ("WV", "America/New_York", ("西弗吉尼亚",)),
        "Wisconsin": ("WI", "America/Chicago", ("威斯康星",)),
        "Wyoming": ("WY", "America/Denver", ("怀俄明",)),
        "Puerto Rico": ("PR", "America/Puerto_Rico", ("波多黎各",)),
    },
    "CA": {
        "Alberta": ("AB", "America/Edmonton", ("阿尔伯塔", "艾伯塔")),
        "British Columbia": ("BC", "America/Vancouver", ("不列颠哥伦比亚", "卑诗")),
        "Manitoba": ("MB", "America/Winnipeg", ("曼尼托巴", "马尼托巴")),
        "New Brunswick": ("NB", "America/Moncton", ("新不伦瑞克",)),
        "Newfoundland and Labrador": ("NL", "America/St_Johns", ("纽芬兰", "Newfoundland")),
        "Nova Scotia": ("NS", "America/Halifax", ("新斯科舍",)),
        "Northwest Territories": ("NT", "America/Edmonton", ("西北地区",)),
        "Nunavut": ("NU", "America/Iqaluit", ("努纳武特",)),
        "Ontario": ("ON", "America/Toronto", ("安大略", "安省")),
        "Prince Edward Island": ("PE", "America/Halifax", ("爱德华王子岛",)),
        "Quebec": ("QC", "America/Toronto", ("魁北克", "魁省", "Québec")),
        "Saskatchewan": ("SK", "America/Regina", ("萨斯喀彻温",)),
        "Yukon": ("YT", "America/Whitehorse", ("育空",)),
    },
    "BR": {
        "Acre": ("AC", "America/Rio_Branco", ("阿克里",)),
        "Alagoas": ("AL", "America/Maceio", ("阿拉戈斯",)),
        "Amapá": ("AP", "America/Belem", ("阿马帕",)),
        "Amazonas": ("AM", "America/Manaus", ("亚马孙州",)),
        "Bahia": ("BA", "America/Bahia", ("巴伊亚",)),
        "Ceará": ("CE", "America/Fortaleza", ("塞阿拉",)),
        "Distrito Federal": ("DF", "America/Sao_Paulo", ("联邦区",)),
        "Espírito Santo": ("ES", "America/Sao_Paulo", ("圣埃斯皮里图",)),
        "Goiás": ("GO", "America/Sao_Paulo", ("戈亚斯",)),
        "Maranhão": ("MA", "America/Fortaleza", ("马拉尼昂",)),
        "Mato Grosso": ("MT", "America/Cuiaba", ("马托格罗索",)),
        "Mato Grosso do Sul": ("MS", "America/Campo_Grande", ("南马托格罗索",)),
        "Minas Gerais": ("MG", "America/Sao_Paulo", ("米纳斯吉拉斯",)),
        "Pará": ("PA", "America/Belem", ("帕拉州",)),
        "Paraíba": ("PB", "America/Fortaleza", ("帕拉伊巴",)),
        "Paraná": ("PR", "America/Sao_Paulo", ("巴拉那",)),
        "Pernambuco": ("PE", "America/Recife", ("伯南布哥",)),
        "Piauí": ("PI", "America/Fortaleza", ("皮奥伊",)),
        "Rio de Janeiro State": ("RJ", "America/Sao_Paulo", ("里约热内卢州",)),
        "Rio Grande do Norte": ("RN", "America/Fortaleza", ("北里奥格兰德",)),
        "Rio Grande do Sul": ("RS", "America/Sao_Paulo", ("南里奥格兰德",)),
        "Rondônia": ("RO", "America/Porto_Velho", ("朗多尼亚",)),
        "Roraima": ("RR", "America/Boa_Vista", ("罗赖马",)),
        "Santa Catarina": ("SC", "America/Sao_Paulo", ("圣卡塔琳娜",)),
        "São Paulo State": ("SP", "America/Sao_Paulo", ("圣保罗州",)),
        "Sergipe": ("SE", "America/Maceio", ("塞尔希培",)),
        "Tocantins": ("TO", "America/Araguaina", ("托坎廷斯",)),
    },
    "MX": {
        "Mexico State": (None, "America/Mexico_City", ("墨西哥州", "Estado de México")),
        "Jalisco": (None, "America/Mexico_City", ("哈利斯科",)),
        "Nuevo León": (None, "America/Monterrey", ("新莱昂",)),
        "Baja California": (None, "America/Tijuana", ("下加利福尼亚", "下加州")),
        "Baja California Sur": (None, "America/Mazatlan", ("南下加利福尼亚",)),
        "Quintana Roo": (None, "America/Cancun", ("金塔纳罗奥",)),
        "Yucatán": (None, "America/Merida", ("尤卡坦",)),
        "Sonora": (None, "America/Hermosillo", ("索诺拉",)),
        "Chihuahua": (None, "America/Chihuahua", ("奇瓦瓦",)),
        "Sinaloa": (None, "America/Mazatlan", ("锡那罗亚",)),
        "Puebla": (None, "America/Mexico_City", ("普埃布拉",)),
        "Veracruz": (None, "America/Mexico_City", ("韦拉克鲁斯",)),
    },
    "AU": {
        "New South Wales": ("NSW", "Australia/Sydney", ("新南威尔士", "新州")),
        "Victoria": ("VIC", "Australia/Melbourne", ("维多利亚州", "维多利亚", "维州")),
        "Queensland": ("QLD", "Australia/Brisbane", ("昆士兰", "昆州")),
        "Western Australia": ("WA", "Australia/Perth", ("西澳大利亚", "西澳")),
        "South Australia": ("SA", "Australia/Adelaide", ("南澳大利亚", "南澳")),
        "Tasmania": ("TAS", "Australia/Hobart", ("塔斯马尼亚", "塔州")),
        "Australian Capital Territory": ("ACT", "Australia/Sydney", ("澳大利亚首都领地", "首都领地")),
        "Northern Territory": ("NT", "Australia/Darwin", ("北领地",)),
    },
    "ID": {
        "Java": (None, "Asia/Jakarta", ("爪哇", "Jawa")),
        "Sumatra": (None, "Asia/Jakarta", ("苏门答腊", "Sumatera")),
        "Bali": (None, "Asia/Makassar", ("巴厘岛", "巴厘", "峇里")),
        "Kalimantan": (None, "Asia/Pontianak", ("加里曼丹", "West Kalimantan", "西加里曼丹")),
        "East Kalimantan": (None, "Asia/Makassar", ("东加里曼丹", "Kalimantan Timur")),
        "Sulawesi": (None, "Asia/Makassar", ("苏拉威西",)),
        "Papua": (None, "Asia/Jayapura", ("巴布亚",)),
    },
    "MY": {
        "Selangor": ("10", "Asia/Kuala_Lumpur", ("雪兰莪",)),
        "Penang": ("07", "Asia/Kuala_Lumpur", ("槟城", "槟榔屿", "Pulau Pinang")),
        "Johor": ("01", "Asia/Kuala_Lumpur", ("柔佛",)),
        "Sabah": ("12", "Asia/Kuching", ("沙巴",)),
        "Sarawak": ("13", "Asia/Kuching", ("砂拉越", "砂劳越")),
    },
    "ES": {
        "Canary Islands": ("CN", "Atlantic/Canary", ("加那利群岛", "加纳利群岛", "加那利", "Canarias",
                                                     "Islas Canarias", "Canaries")),
        "Catalonia": ("CT", "Europe/Madrid", ("加泰罗尼亚", "Cataluña", "Catalunya")),
        "Andalusia": ("AN", "Europe/Madrid", ("安达卢西亚", "Andalucía")),
        "Balearic Islands": ("IB", "Europe/Madrid", ("巴利阿里群岛", "Mallorca", "马略卡")),
    },
    "PT": {
        "Azores": ("20", "Atlantic/Azores", ("亚速尔群岛", "亚速尔", "Açores")),
        "Madeira": ("30", "Atlantic/Madeira", ("马德拉群岛", "马德拉")),
    },
    "AR": {
        "Buenos Aires Province": ("B", "America/Argentina/Buenos_Aires", ("布宜诺斯艾利斯省",)),
    },
    "CL": {
        "Santiago Metropolitan Region": ("RM", "America/Santiago", ("圣地亚哥首都大区",)),
        "Magallanes": ("MA", "America/Punta_Arenas", ("麦哲伦大区",)),
        "Easter Island": ("VS", "Pacific/Easter", ("复活节岛", "Rapa Nui", "Isla de Pascua")),
    },
    "GB": {
        "England": ("ENG", "Europe/London", ("英格兰",)),
        "Scotland": ("SCT", "Europe/London", ("苏格兰",)),
        "Wales": ("WLS", "Europe/London", ("威尔士",)),
        "Northern Ireland": ("NIR", "Europe/London", ("北爱尔兰", "北爱")),
    },
    "DE": {
        "Bavaria": ("BY", "Europe/Berlin", ("巴伐利亚", "Bayern")),
    },
}  # fmt: skip

# Cities; the code is the code of the city's state.
CITIES: dict[str, dict[str, Row]] = {
    "US": {
        "Los Angeles": ("CA", "America/Los_Angeles", ("洛杉矶", "LA", "L.A.")),
        "San Francisco": ("CA", "America/Los_Angeles", ("旧金山", "三藩市", "SF")),
        "San Diego": ("CA", "America/Los_Angeles", ("圣迭戈", "圣地亚哥")),
        "San Jose": ("CA", "America/Los_Angeles", ("圣何塞",)),
        "Irvine": ("CA", "America/Los_Angeles", ("尔湾",)),
        "Sacramento": ("CA", "America/Los_Angeles", ("萨克拉门托",)),
        "Silicon Valley": ("CA", "America/Los_Angeles", ("硅谷", "Bay Area")),
        "Seattle": ("WA", "America/Los_Angeles", ("西雅图",)),
        "Portland": ("OR", "America/Los_Angeles", ("波特兰",)),
        "Las Vegas": ("NV", "America/Los_Angeles", ("拉斯维加斯", "Vegas")),
        "Phoenix": ("AZ", "America/Phoenix", ("凤凰城",)),
        "Denver": ("CO", "America/Denver", ("丹佛",)),
        "Salt Lake City": ("UT", "America/Denver", ("盐湖城",)),
        "Dallas": ("TX", "America/Chicago", ("达拉斯",)),
        "Houston": ("TX", "America/Chicago", ("休斯顿", "休斯敦")),
        "Austin": ("TX", "America/Chicago", ("奥斯汀",)),
        "San Antonio": ("TX", "America/Chicago", ("圣安东尼奥",)),
        "Chicago": ("IL", "America/Chicago", ("芝加哥",)),
        "Minneapolis": ("MN", "America/Chicago", ("明尼阿波利斯",)),
        "Nashville": ("TN", "America/Chicago", ("纳什维尔",)),
        "New Orleans": ("LA", "America/Chicago", ("新奥尔良",)),
        "Detroit": ("MI", "America/Detroit", ("底特律",)),
        "Indianapolis": ("IN", "America/Indiana/Indianapolis", ("印第安纳波利斯",)),
        "Atlanta": ("GA", "America/New_York", ("亚特兰大",)),
        "Miami": ("FL", "America/New_York", ("迈阿密",)),
        "Orlando": ("FL", "America/New_York", ("奥兰多",)),
        "Tampa": ("FL", "America/New_York", ("坦帕",)),
        "New York": ("NY", "America/New_York", ("纽约", "纽约市", "New York City", "NYC")),
        "Brooklyn": ("NY", "America/New_York", ("布鲁克林",)),
        "Manhattan": ("NY", "America/New_York", ("曼哈顿",)),
        "Boston": ("MA", "America/New_York", ("波士顿",)),
        "Philadelphia": ("PA", "America/New_York", ("费城", "Philly")),
        "Pittsburgh": ("PA", "America/New_York", ("匹兹堡",)),
        "Baltimore": ("MD", "America/New_York", ("巴尔的摩",)),
        "Honolulu": ("HI", "Pacific/Honolulu", ("檀香山", "火奴鲁鲁")),
        "Anchorage": ("AK", "America/Anchorage", ("安克雷奇",)),
    },
    "CA": {
        "Toronto": ("ON", "America/Toronto", ("多伦多",)),
        "Vancouver": ("BC", "America/Vancouver", ("温哥华",)),
        "Montreal": ("QC", "America/Toronto", ("蒙特利尔", "满地可", "Montréal")),
        "Calgary": ("AB", "America/Edmonton", ("卡尔加里",)),
        "Ottawa": ("ON", "America/Toronto", ("渥太华",)),
        "Edmonton": ("AB", "America/Edmonton", ("埃德蒙顿",)),
        "Winnipeg": ("MB", "America/Winnipeg", ("温尼伯",)),
        "Quebec City": ("QC", "America/Toronto", ("魁北克城", "Québec City")),
    },
    "BR": {
        "São Paulo": ("SP", "America/Sao_Paulo", ("圣保罗", "Sampa")),
        "Rio de Janeiro": ("RJ", "America/Sao_Paulo", ("里约热内卢", "里约", "Rio", "RIO")),
        "Brasília": ("DF", "America/Sao_Paulo", ("巴西利亚",)),
        "Manaus": ("AM", "America/Manaus", ("马瑙斯",)),
        "Salvador": ("BA", "America/Bahia", ("萨尔瓦多",)),
        "Fortaleza": ("CE", "America/Fortaleza", ("福塔莱萨",)),
        "Belo Horizonte": ("MG", "America/Sao_Paulo", ("贝洛奥里藏特",)),
        "Recife": ("PE", "America/Recife", ("累西腓",)),
        "Curitiba": ("PR", "America/Sao_Paulo", ("库里蒂巴",)),
        "Porto Alegre": ("RS", "America/Sao_Paulo", ("阿雷格里港",)),
    },
    "MX": {
        "Mexico City": (None, "America/Mexico_City", ("墨西哥城", "墨西哥市", "CDMX", "Ciudad de México")),
        "Guadalajara": (None, "America/Mexico_City", ("瓜达拉哈拉",)),
        "Monterrey": (None, "America/Monterrey", ("蒙特雷",)),
        "Tijuana": (None, "America/Tijuana", ("蒂华纳",)),
        "Mexicali": (None, "America/Tijuana", ("墨西卡利",)),
        "Cancún": (None, "America/Cancun", ("坎昆",)),
        "Puebla City": (None, "America/Mexico_City", ("普埃布拉城",)),
    },
    "AU": {
        "Sydney": ("NSW", "Australia/Sydney", ("悉尼",)),
        "Melbourne": ("VIC", "Australia/Melbourne", ("墨尔本",)),
        "Brisbane": ("QLD", "Australia/Brisbane", ("布里斯班",)),
        "Gold Coast": ("QLD", "Australia/Brisbane", ("黄金海岸",)),
        "Perth": ("WA", "Australia/Perth", ("珀斯",)),
        "Adelaide": ("SA", "Australia/Adelaide", ("阿德莱德",)),
        "Canberra": ("ACT", "Australia/Sydney", ("堪培拉",)),
        "Hobart": ("TAS", "Australia/Hobart", ("霍巴特",)),
        "Darwin": ("NT", "Australia/Darwin", ("达尔文",)),
    },
    "ID": {
        "Jakarta": (None, "Asia/Jakarta", ("雅加达",)),
        "Surabaya": (None, "Asia/Jakarta", ("泗水",)),
        "Bandung": (None, "Asia/Jakarta", ("万隆",)),
        "Medan": (None, "Asia/Jakarta", ("棉兰",)),
        "Yogyakarta": (None, "Asia/Jakarta", ("日惹", "Jogja")),
        "Pontianak": (None, "Asia/Pontianak", ("坤甸",)),
        "Makassar": (None, "Asia/Makassar", ("望加锡",)),
        "Jayapura": (None, "Asia/Jayapura", ("查亚普拉",)),
    },
    "RU": {
        "Moscow": (None, "Europe/Moscow", ("莫斯科", "Moskva")),
        "Saint Petersburg": (None, "Europe/Moscow", ("圣彼得堡", "St Petersburg", "St. Petersburg")),
        "Kazan": (None, "Europe/Moscow", ("喀山",)),
        "Kaliningrad": (None, "Europe/Kaliningrad", ("加里宁格勒",)),
        "Yekaterinburg": (None, "Asia/Yekaterinburg", ("叶卡捷琳堡",)),
        "Novosibirsk": (None, "Asia/Novosibirsk", ("新西伯利亚",)),
        "Vladivostok": (None, "Asia/Vladivostok", ("符拉迪沃斯托克", "海参崴")),
    },
    "MY": {
        "Kuala Lumpur": ("14", "Asia/Kuala_Lumpur", ("吉隆坡", "KL")),
        "Johor Bahru": ("01", "Asia/Kuala_Lumpur", ("新山",)),
        "Kota Kinabalu": ("12", "Asia/Kuching", ("亚庇",)),
        "Kuching": ("13", "Asia/Kuching", ("古晋",)),
    },
    "ES": {
        "Madrid": ("MD", "Europe/Madrid", ("马德里",)),
        "Barcelona": ("CT", "Europe/Madrid", ("巴塞罗那",)),
        "Valencia": ("VC", "Europe/Madrid", ("瓦伦西亚", "巴伦西亚")),
        "Seville": ("AN", "Europe/Madrid", ("塞维利亚", "Sevilla")),
        "Las Palmas": ("CN", "Atlantic/Canary", ("拉斯帕尔马斯",)),
        "Tenerife": ("CN", "Atlantic/Canary", ("特内里费",)),
    },
    "PT": {
        "Lisbon": ("11", "Europe/Lisbon", ("里斯本", "Lisboa")),
        "Porto": ("13", "Europe/Lisbon", ("波尔图", "Oporto")),
        "Funchal": ("30", "Atlantic/Madeira", ("丰沙尔",)),
        "Ponta Delgada": ("20", "Atlantic/Azores", ("蓬塔德尔加达",)),
    },
    "AR": {
        "Buenos Aires": ("C", "America/Argentina/Buenos_Aires", ("布宜诺斯艾利斯", "CABA")),
        "Córdoba": ("X", "America/Argentina/Buenos_Aires", ("科尔多瓦",)),
        "Rosario": ("S", "America/Argentina/Buenos_Aires", ("罗萨里奥",)),
        "Mendoza": ("M", "America/Argentina/Buenos_Aires", ("门多萨",)),
    },
    "CL": {
        "Santiago": ("RM", "America/Santiago", ("圣地亚哥", "Santiago de Chile")),
        "Valparaíso": ("VS", "America/Santiago", ("瓦尔帕莱索",)),
        "Punta Arenas": ("MA", "America/Punta_Arenas", ("蓬塔阿雷纳斯",)),
    },
    "GB": {
        "London": ("ENG", "Europe/London", ("伦敦",)),
        "Manchester": ("ENG", "Europe/London", ("曼彻斯特",)),
        "Birmingham": ("ENG", "Europe/London", ("伯明翰",)),
        "Liverpool": ("ENG", "Europe/London", ("利物浦",)),
        "Edinburgh": ("SCT", "Europe/London", ("爱丁堡",)),
        "Glasgow": ("SCT", "Europe/London", ("格拉斯哥",)),
        "Cardiff": ("WLS", "Europe/London", ("加的夫",)),
        "Belfast": ("NIR", "Europe/London", ("贝尔法斯特",)),
    },
    "DE": {
        "Berlin": ("BE", "Europe/Berlin", ("柏林",)),
        "Munich": ("BY", "Europe/Berlin", ("慕尼黑", "München", "Muenchen")),
        "Hamburg": ("HH", "Europe/Berlin", ("汉堡",)),
        "Frankfurt": ("HE", "Europe/Berlin", ("法兰克福",)),
        "Cologne": ("NW", "Europe/Berlin", ("科隆", "Köln", "Koeln")),
        "Düsseldorf": ("NW", "Europe/Berlin", ("杜塞尔多夫", "Duesseldorf")),
        "Stuttgart": ("BW", "Europe/Berlin", ("斯图加特",)),
    },
    "FR": {
        "Paris": (None, "Europe/Paris", ("巴黎",)),
        "Lyon": (None, "Europe/Paris", ("里昂",)),
        "Marseille": (None, "Europe/Paris", ("马赛",)),
    },
    "IT": {
        "Milan": ("MI", "Europe/Rome", ("米兰", "Milano")),
        "Rome": ("RM", "Europe/Rome", ("罗马", "Roma")),
        "Naples": ("NA", "Europe/Rome", ("那不勒斯", "Napoli")),
        "Florence": ("FI", "Europe/Rome", ("佛罗伦萨", "Firenze")),
        "Venice": ("VE", "Europe/Rome", ("威尼斯", "Venezia")),
        "Turin": ("TO", "Europe/Rome", ("都灵", "Torino")),
    },
    "NL": {
        "Amsterdam": (None, "Europe/Amsterdam", ("阿姆斯特丹",)),
        "Rotterdam": (None, "Europe/Amsterdam", ("鹿特丹",)),
    },
    "PL": {
        "Warsaw": ("14", "Europe/Warsaw", ("华沙", "Warszawa")),
        "Kraków": ("12", "Europe/Warsaw", ("克拉科夫", "Cracow")),
    },
    "TR": {
        "Istanbul": (None, "Europe/Istanbul", ("伊斯坦布尔",)),
        "Ankara": (None, "Europe/Istanbul", ("安卡拉",)),
    },
    "IE": {"Dublin": (None, "Europe/Dublin", ("都柏林",))},
    "JP": {
        "Tokyo": (None, "Asia/Tokyo", ("东京", "东京都")),
        "Osaka": (None, "Asia/Tokyo", ("大阪",)),
        "Kyoto": (None, "Asia/Tokyo", ("京都",)),
        "Yokohama": (None, "Asia/Tokyo", ("横滨",)),
        "Nagoya": (None, "Asia/Tokyo", ("名古屋",)),
        "Fukuoka": (None, "Asia/Tokyo", ("福冈",)),
        "Sapporo": (None, "Asia/Tokyo", ("札幌",)),
    },
    "KR": {
        "Seoul": (None, "Asia/Seoul", ("首尔", "汉城")),
        "Busan": (None, "Asia/Seoul", ("釜山",)),
    },
    "TH": {
        "Bangkok": (None, "Asia/Bangkok", ("曼谷",)),
        "Chiang Mai": (None, "Asia/Bangkok", ("清迈",)),
        "Phuket": (None, "Asia/Bangkok", ("普吉岛", "普吉")),
    },
    "VN": {
        "Ho Chi Minh City": (None, "Asia/Ho_Chi_Minh", ("胡志明市", "胡志明", "Ho Chi Minh", "HCMC",
                                                        "Saigon", "西贡")),
        "Hanoi": (None, "Asia/Ho_Chi_Minh", ("河内", "Ha Noi")),
        "Da Nang": (None, "Asia/Ho_Chi_Minh", ("岘港", "Danang")),
    },
    "PH": {
        "Manila": (None, "Asia/Manila", ("马尼拉", "Metro Manila")),
        "Cebu": (None, "Asia/Manila", ("宿务",)),
        "Davao": (None, "Asia/Manila", ("达沃",)),
    },
    "SA": {
        "Riyadh": (None, "Asia/Riyadh", ("利雅得",)),
        "Jeddah": (None, "Asia/Riyadh", ("吉达", "Jiddah")),
    },
    "AE": {
        "Dubai": (None, "Asia/Dubai", ("迪拜",)),
        "Abu Dhabi": (None, "Asia/Dubai", ("阿布扎比",)),
    },
    "IN": {
        "Mumbai": ("MH", "Asia/Kolkata", ("孟买", "Bombay")),
        "Delhi": ("DL", "Asia/Kolkata", ("新德里", "德里", "New Delhi")),
        "Bangalore": ("KA", "Asia/Kolkata", ("班加罗尔", "Bengaluru")),
    },
    "NZ": {
        "Auckland": ("AUK", "Pacific/Auckland", ("奥克兰",)),
        "Wellington": ("WGN", "Pacific/Auckland", ("惠灵顿",)),
    },
    "CO": {
        "Bogotá": (None, "America/Bogota", ("波哥大",)),
        "Medellín": (None, "America/Bogota", ("麦德林",)),
    },
    "PE": {"Lima": (None, "America/Lima", ("利马",))},
    "EG": {"Cairo": (None, "Africa/Cairo", ("开罗",))},
    "ZA": {
        "Johannesburg": (None, "Africa/Johannesburg", ("约翰内斯堡",)),
        "Cape Town": (None, "Africa/Johannesburg", ("开普敦",)),
    },
    "NG": {"Lagos": (None, "Africa/Lagos", ("拉各斯",))},
}  # fmt: skip

# State codes become scan aliases (uppercase, standalone, only when their country is also
# mentioned) for these countries ...
CODE_ALIAS_COUNTRIES = ("US", "CA", "BR", "AU")
# ... except codes that are common words or collide with country codes in chat text.
# They still work in resolve_location().
SCAN_EXCLUDED_CODES = frozenset(
    {"OK", "OR", "ME", "HI", "IN", "ID", "DE", "LA", "PR", "AM", "TO", "GO", "PI", "AC"}
)
# Uppercase short forms that count on their own (all other code-like aliases need the
# country to be mentioned too, e.g. "CA" is California only next to "US"/"美国"/a US city).
STANDALONE_CODES = frozenset({"LA", "L.A.", "NYC", "CDMX", "HCMC", "NSW", "QLD", "RIO", "CABA"})
# Ambiguous names (people, food, other places) that only count when their country is
# mentioned as well.
NEEDS_COUNTRY = frozenset({
    "Victoria", "维多利亚", "Java", "Darwin", "达尔文", "汉堡", "马赛", "圣地亚哥", "萨尔瓦多", "德里",
    "Salvador", "联邦区", "中西部", "Sampa", "Santiago", "Mendoza", "Rosario", "Pará", "Acre",
})  # fmt: skip
# Single-character short forms that may prefix a region of their country ("美加州").
SHORT_FORMS = {"US": "美", "GB": "英"}
# Masked before scanning (folded, lower case): words containing a place name that are not
# a location mention.
STOP_PHRASES = (
    "英语", "英文", "精英", "菁英", "欧美", "南美", "北美", "中美", "甜美", "完美", "精美", "优美",
    "赞美", "审美", "健美", "美中不足", "马赛克", "汉堡包", "巴布亚新几内亚", "北京都",
    "巴黎世家", "巴黎欧莱雅", "美东时间", "美西时间", "美中时间", "美山地时间",
    "bahasa indonesia", "bahasa malaysia", "bahasa melayu", "papua new guinea", "north korea",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Region:
    country: str
    code: str | None
    name: str
    zone: str
    rank: int  # 0 = area, 1 = state/province, 2 = city (more specific wins)


def _region_rows() -> Iterator[tuple[Region, tuple[str, ...]]]:
    for rank, table in enumerate((AREAS, STATES, CITIES)):
        for cc, rows in table.items():
            for name, (code, zone, aliases) in rows.items():
                yield Region(cc, code, name, zone, rank), (name, *aliases)


@functools.cache
def all_regions() -> tuple[Region, ...]:
    """Every area, state and city known to the tables."""
    return tuple(region for region, _ in _region_rows())


def _is_code_like(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 4


def _conditional(alias: str) -> bool:
    return alias in NEEDS_COUNTRY or (_is_code_like(alias) and alias not in STANDALONE_CODES)


def _scan_code(region: Region) -> str | None:
    code = region.code
    if region.rank != 1 or not code or not code.isalpha() or code in SCAN_EXCLUDED_CODES:
        return None
    return code if region.country in CODE_ALIAS_COUNTRIES else None


def region_aliases() -> Iterator[tuple[str, Region, bool]]:
    """(alias, region, needs its country mentioned too) used by the scanner."""
    for region, names in _region_rows():
        code = _scan_code(region)
        if code:
            names = (*names, code)
        for alias in names:
            yield alias, region, _conditional(alias)
        prefix = SHORT_FORMS.get(region.country)
        for alias in names:
            if prefix and is_cjk(alias[0]) and not alias.startswith(prefix):
                yield prefix + alias, region, False


@functools.cache
def _display_names() -> dict[str, tuple[str, str]]:
    """Canonical name → (English, Chinese): the Chinese name is the row's first Chinese alias, so a name
    shown in a reply or an export is one the scanner and `resolve_location` read back as the same place."""
    names: dict[str, tuple[str, str]] = {}
    for region, aliases in _region_rows():
        names[region.name] = (region.name, next((a for a in aliases if is_cjk(a[0])), region.name))
    return names


def region_display_name(name: str, locale: str) -> str:
    """A region or city as a reply shows it: ``"Austin" → "奥斯汀"`` (zh) / ``"Austin"`` (en). A name
    the tables do not know (stored before they did) is shown as stored."""
    names = _display_names().get(name)
    if names is None:
        return name
    return names[1] if locale.lower().replace("-", "_").startswith("zh") else names[0]


# --------------------------------------------------------------------------------------
# Scanner
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Location:
    country: str  # ISO 3166-1 alpha-2
    region: str | None  # holidays subdivision code, when one exists
    region_name: str | None  # canonical English name of the region/city matched
    zone: str | None  # IANA zone; None when the country has several and no region was given
    needs_region: bool  # True when the bot must ask for the region
    span: tuple[int, int]  # offsets in the scanned text covering the matched words


class UnknownRegion(ValueError):
    """Raised by resolve_location when the region text is not known for a multi-zone country."""

    def __init__(self, country: str, text: str, suggestions: tuple[str, ...]) -> None:
        hint = f" (did you mean: {', '.join(suggestions)})" if suggestions else ""
        super().__init__(f"unknown region for {country}: {text!r}{hint}")
        self.country = country
        self.text = text
        self.suggestions = suggestions


@dataclass(frozen=True, slots=True)
class _Cand:
    target: str | Region  # str: an ISO code, i.e. the country itself is named
    conditional: bool

    @property
    def country(self) -> str:
        return self.target if isinstance(self.target, str) else self.target.country


@dataclass(slots=True)
class _Group:
    country: str
    start: int
    end: int
    regions: list[Region]


@functools.cache
def _geo_index() -> AliasIndex[_Cand]:
    # Regions first: for an alias shared with a country code ("NL", "ES") the region wins
    # only when its own country is mentioned too.
    pairs = [(alias, _Cand(region, cond)) for alias, region, cond in region_aliases()]
    pairs += [(alias, _Cand(code, False)) for alias, code in country_aliases()]
    return AliasIndex(pairs)


_GAP_CHARS = frozenset(" \t\r\n,、/|·-–—()的.")


def _is_language_word(norm: str, hit: Hit[_Cand]) -> bool:
    """西班牙语 / 日本语 / 西班牙文 name a language, not a country."""
    if not is_cjk(norm[hit.start]) or not any(isinstance(c.target, str) for c in hit.values):
        return False
    after = norm[hit.end : hit.end + 2]
    return after[:1] == "语" or (after[:1] == "文" and not is_cjk(after[1:2]))


def _is_account_id(norm: str, hit: Hit[_Cand]) -> bool:
    """Account ids such as "达人ID", "ID: amy" or "ID 12345" are not Indonesia."""
    if norm[hit.start : hit.end] != "ID":
        return False
    rest = norm[hit.end :].lstrip(" ")
    return is_cjk(norm[hit.start - 1 : hit.start]) or rest[:1] in {":", "=", "#"} or rest[:1].isdigit()


def _is_unit(norm: str, hit: Hit[_Cand]) -> bool:
    """Money and sizes such as "US$100", "256 GB" or "100 US" are not places."""
    if norm[hit.end : hit.end + 1] == "$":
        return True
    key = norm[hit.start : hit.end]
    return key.isupper() and len(key) <= 3 and norm[: hit.start].rstrip(" ")[-1:].isdigit()


def _keep(text: Prepared) -> Callable[[Hit[_Cand]], bool]:
    norm = text.norm

    def keep(hit: Hit[_Cand]) -> bool:
        return not (_is_unit(norm, hit) or _is_language_word(norm, hit) or _is_account_id(norm, hit))

    return keep


def _choose(values: tuple[_Cand, ...], explicit: set[str], support: set[str]) -> _Cand | None:
    for pool in (explicit, support):
        for cand in values:
            if cand.country in pool:
                return cand
    return next((c for c in values if not c.conditional), None)


def _resolve(hits: list[Hit[_Cand]]) -> list[tuple[int, int, _Cand]]:
    explicit = {c.country for h in hits for c in h.values if isinstance(c.target, str)}
    support = set(explicit)
    for hit in hits:
        plain = {c.country for c in hit.values if not c.conditional}
        if len(plain) == 1:
            support |= plain
    out = []
    for hit in hits:
        cand = _choose(hit.values, explicit, support)
        if cand is not None:
            out.append((hit.start, hit.end, cand))
    return out


def _groups(resolved: list[tuple[int, int, _Cand]], norm: str) -> list[_Group]:
    groups: list[_Group] = []
    for start, end, cand in resolved:
        last = groups[-1] if groups else None
        gap = norm[last.end : start] if last else ""
        if last and last.country == cand.country and len(gap) <= 3 and set(gap) <= _GAP_CHARS:
            last.end = end
        else:
            last = _Group(cand.country, start, end, [])
            groups.append(last)
        if isinstance(cand.target, Region):
            last.regions.append(cand.target)
    return groups


def _location(country: str, region: Region | None, span: tuple[int, int]) -> Location:
    if region is None:
        zone = default_zone(country)
        return Location(country, None, None, zone, zone is None, span)
    return Location(country, region.code, region.name, region.zone, False, span)


def scan_location(text: str) -> Location | None:
    """Find a country and/or region/city mention in free chat text (zh or en)."""
    prepared = prepare(text, STOP_PHRASES)
    resolved = _resolve(_geo_index().find(prepared, _keep(prepared)))
    if not resolved:
        return None
    groups = _groups(resolved, prepared.norm)
    primary = next((c.country for _, _, c in resolved if isinstance(c.target, str)), None)
    pool = [g for g in groups if primary is None or g.country == primary]
    group = next((g for g in pool if g.regions), pool[0])
    region = max(group.regions, key=lambda r: r.rank) if group.regions else None
    return _location(group.country, region, (group.start, group.end))


# --------------------------------------------------------------------------------------
# Resolving a known country + typed region
# --------------------------------------------------------------------------------------


@functools.cache
def _region_lookup() -> dict[str, dict[str, Region]]:
    codes: dict[str, dict[str, Region]] = {}
    names: dict[str, dict[str, Region]] = {}
    for region in all_regions():
        if region.rank == 1 and region.code:
            codes.setdefault(region.country, {}).setdefault(name_key(region.code), region)
    for alias, region, _ in region_aliases():
        names.setdefault(region.country, {}).setdefault(name_key(alias), region)
    return {cc: {**codes.get(cc, {}), **names.get(cc, {})} for cc in {*codes, *names}}


def _find_region(country: str, text: str) -> Region | None:
    found = _region_lookup().get(country, {}).get(name_key(text))
    if found is not None:
        return found
    for hit in _geo_index().find(prepare(text)):
        for cand in hit.values:
            if isinstance(cand.target, Region) and cand.country == country:
                return cand.target
    return None


def _suggest(country: str, text: str) -> tuple[str, ...]:
    """Up to 5 region names close to ``text`` (Chinese names for Chinese input); without
    close matches, the country's areas and main cities."""
    import difflib

    zh = any(is_cjk(c) for c in text)
    labels: dict[str, tuple[str, Region]] = {}  # lower-case alias -> (alias, region)
    for region, names in _region_rows():
        if region.country == country:
            for alias in names if zh else names[:1]:
                if is_cjk(alias[0]) == zh:
                    labels.setdefault(alias.lower(), (alias, region))
    close = difflib.get_close_matches(text.strip().lower(), list(labels), n=20, cutoff=0.5)
    if not close:  # areas, then cities, then states
        close = sorted(labels, key=lambda k: (labels[k][1].rank == 1, labels[k][1].rank))
    picked: dict[str, str] = {}  # region name -> alias shown
    for key in close:
        alias, region = labels[key]
        picked.setdefault(region.name, alias)
    return tuple(picked.values())[:5]


def resolve_location(country: str, region_text: str | None = None) -> Location:
    """Location from a country (ISO code or zh/en name) and optional region/city text.

    Raises UnknownCountry for an unknown country and UnknownRegion when the region is not
    known for a multi-zone country. For single-zone countries an unknown region is ignored
    (the zone is still right). ``span`` is ``(0, 0)``: nothing was scanned.
    """
    code = lookup_country(country)
    if region_text is None or not region_text.strip():
        return _location(code, None, (0, 0))
    region = _find_region(code, region_text)
    if region is not None:
        return _location(code, region, (0, 0))
    if default_zone(code) is not None:
        return _location(code, None, (0, 0))
    raise UnknownRegion(code, region_text, _suggest(code, region_text))
