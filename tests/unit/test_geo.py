"""Tests for workflows.geo: country/region/zone and language detection in chat text."""

from __future__ import annotations

import subprocess
import sys
import zoneinfo
from collections import defaultdict
from pathlib import Path

import holidays
import pytest

from workflows.geo import (
    SUPPORTED_LANGUAGES,
    Location,
    UnknownCountry,
    UnknownRegion,
    country_language,
    country_name,
    find_language,
    is_multi_zone,
    language_name,
    region_display_name,
    resolve_location,
    scan_location,
    zone_city_name,
)
from workflows.geo.countries import COUNTRIES, ZONE_NAMES, is_cjk, name_key
from workflows.geo.languages import LANGUAGES
from workflows.geo.regions import all_regions, region_aliases

LA = "America/Los_Angeles"
NY = "America/New_York"


def _scan(text: str) -> Location:
    loc = scan_location(text)
    assert loc is not None, text
    return loc


# --------------------------------------------------------------------------------------
# scan_location: positive examples
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country", "region", "zone"),
    [
        ("添加达人 @amy_beauty TikTok 美国加州 粉丝12万 英语", "US", "CA", LA),
        ("add creator @amy tiktok US California 120k followers", "US", "CA", LA),
        ("@bob 英国", "GB", None, "Europe/London"),
        ("UK", "GB", None, "Europe/London"),
        ("United Kingdom", "GB", None, "Europe/London"),
        ("England", "GB", "ENG", "Europe/London"),
        ("London", "GB", "ENG", "Europe/London"),
        ("巴西圣保罗", "BR", "SP", "America/Sao_Paulo"),
        ("Brazil São Paulo", "BR", "SP", "America/Sao_Paulo"),
        ("Sao Paulo", "BR", "SP", "America/Sao_Paulo"),
        ("Brazil, São Paulo", "BR", "SP", "America/Sao_Paulo"),
        ("洛杉矶", "US", "CA", LA),
        ("Los Angeles", "US", "CA", LA),
        ("creator in LA", "US", "CA", LA),
        ("纽约", "US", "NY", NY),
        ("New York", "US", "NY", NY),
        ("NYC", "US", "NY", NY),
        ("德州", "US", "TX", "America/Chicago"),
        ("Texas", "US", "TX", "America/Chicago"),
        ("佛罗里达", "US", "FL", NY),
        ("雅加达", "ID", None, "Asia/Jakarta"),
        ("Jakarta", "ID", None, "Asia/Jakarta"),
        ("泰国", "TH", None, "Asia/Bangkok"),
        ("墨西哥城", "MX", None, "America/Mexico_City"),
        ("加拿大多伦多", "CA", "ON", "America/Toronto"),
        ("澳洲悉尼", "AU", "NSW", "Australia/Sydney"),
        ("德国", "DE", None, "Europe/Berlin"),
        ("西班牙", "ES", None, "Europe/Madrid"),
        ("葡萄牙", "PT", None, "Europe/Lisbon"),
        ("西班牙 加那利群岛", "ES", "CN", "Atlantic/Canary"),
        ("Portugal Azores", "PT", "20", "Atlantic/Azores"),
        ("美西", "US", None, LA),
        ("美东", "US", None, NY),
        ("美中", "US", None, "America/Chicago"),
        ("美山地", "US", None, "America/Denver"),
        ("West Coast", "US", None, LA),
        ("美加州", "US", "CA", LA),
        ("Arizona", "US", "AZ", "America/Phoenix"),
        ("夏威夷", "US", "HI", "Pacific/Honolulu"),
        ("Michigan", "US", "MI", "America/Detroit"),
        ("印第安纳", "US", "IN", "America/Indiana/Indianapolis"),
        ("Bali", "ID", None, "Asia/Makassar"),
        ("印尼 巴布亚", "ID", None, "Asia/Jayapura"),
        ("加里曼丹", "ID", None, "Asia/Pontianak"),
        ("吉隆坡", "MY", "14", "Asia/Kuala_Lumpur"),
        ("莫斯科", "RU", None, "Europe/Moscow"),
        ("Vladivostok", "RU", None, "Asia/Vladivostok"),
        ("Tijuana", "MX", None, "America/Tijuana"),
        ("坎昆", "MX", None, "America/Cancun"),
        ("CDMX", "MX", None, "America/Mexico_City"),
        ("阿根廷", "AR", None, "America/Argentina/Buenos_Aires"),
        ("智利 圣地亚哥", "CL", "RM", "America/Santiago"),
        ("印度", "IN", None, "Asia/Kolkata"),
        ("印度尼西亚", "ID", None, None),
        ("沙特阿拉伯", "SA", None, "Asia/Riyadh"),
        ("迪拜", "AE", None, "Asia/Dubai"),
        ("阿联酋", "AE", None, "Asia/Dubai"),
        ("大马", "MY", None, "Asia/Kuala_Lumpur"),
        ("香港", "HK", None, "Asia/Hong_Kong"),
        ("台湾", "TW", None, "Asia/Taipei"),
        ("中国", "CN", None, "Asia/Shanghai"),
        ("Saudi Arabia", "SA", None, "Asia/Riyadh"),
        ("UAE", "AE", None, "Asia/Dubai"),
        ("korea", "KR", None, "Asia/Seoul"),
        ("Vietnam", "VN", None, "Asia/Ho_Chi_Minh"),
        ("philippines", "PH", None, "Asia/Manila"),
        ("Singapore", "SG", None, "Asia/Singapore"),
        ("Italy", "IT", None, "Europe/Rome"),
        ("new zealand", "NZ", None, "Pacific/Auckland"),
        ("Los Angeles, CA, USA", "US", "CA", LA),
        ("Houston TX", "US", "TX", "America/Chicago"),
        ("Toronto ON", "CA", "ON", "America/Toronto"),
        ("Washington, D.C.", "US", "DC", NY),
        ("Canada NL", "CA", "NL", "America/St_Johns"),
        ("Brazil ES", "BR", "ES", "America/Sao_Paulo"),
        ("ＵＳ Ｃａｌｉｆｏｒｎｉａ", "US", "CA", LA),
        ("U.S. Texas", "US", "TX", "America/Chicago"),
        ("Mexico City", "MX", None, "America/Mexico_City"),
        ("New Mexico", "US", "NM", "America/Denver"),
        ("Baja California", "MX", None, "America/Tijuana"),
        ("South Australia", "AU", "SA", "Australia/Adelaide"),
        ("New South Wales", "AU", "NSW", "Australia/Sydney"),
        ("Northern Ireland", "GB", "NIR", "Europe/London"),
        ("Rio Grande do Sul", "BR", "RS", "America/Sao_Paulo"),
        ("Washington State", "US", "WA", LA),
        ("新墨西哥", "US", "NM", "America/Denver"),
        ("西弗吉尼亚", "US", "WV", NY),
        ("TikTok美区 加州", "US", "CA", LA),
        ("美国/加州", "US", "CA", LA),
        ("马来西亚 KL", "MY", "14", "Asia/Kuala_Lumpur"),
        ("Austin, Texas", "US", "TX", "America/Chicago"),
        ("美妆达人 美国", "US", None, None),
    ],
)
def test_scan_location_examples(text: str, country: str, region: str | None, zone: str | None) -> None:
    loc = _scan(text)
    assert (loc.country, loc.region, loc.zone) == (country, region, zone)
    assert loc.needs_region is (zone is None)


@pytest.mark.parametrize(
    ("text", "country"),
    [("美国", "US"), ("Indonesia", "ID"), ("印尼", "ID"), ("USA", "US"), ("Brazil", "BR"), ("墨西哥", "MX")],
)
def test_multi_zone_country_alone_needs_region(text: str, country: str) -> None:
    loc = _scan(text)
    assert (loc.country, loc.region, loc.region_name, loc.zone) == (country, None, None, None)
    assert loc.needs_region


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        ("添加达人 @amy_beauty TikTok 美国加州 粉丝12万 英语", "美国加州"),
        ("add creator @amy tiktok US California 120k followers", "US California"),
        ("@bob 英国", "英国"),
        ("达人在 Brazil, São Paulo 做美妆", "Brazil, São Paulo"),
        ("ＵＳ Ｃａｌｉｆｏｒｎｉａ 120k", "ＵＳ Ｃａｌｉｆｏｒｎｉａ"),
        ("Los Angeles, CA, USA creator", "Los Angeles, CA, USA"),
        ("澳洲悉尼 beauty", "澳洲悉尼"),
    ],
)
def test_span_covers_country_and_region(text: str, matched: str) -> None:
    start, end = _scan(text).span
    assert text[start:end] == matched


def test_region_names() -> None:
    assert _scan("美国加州").region_name == "California"
    assert _scan("洛杉矶").region_name == "Los Angeles"
    assert _scan("Sao Paulo").region_name == "São Paulo"
    assert _scan("美西").region_name == "US West"
    assert _scan("美国加州洛杉矶").region_name == "Los Angeles"


def test_separate_country_and_region_mentions() -> None:
    text = "美国 达人 @amy 加州"
    loc = _scan(text)
    assert (loc.country, loc.region) == ("US", "CA")
    assert text[loc.span[0] : loc.span[1]] == "加州"
    # the explicitly named country wins over a region of another country
    assert _scan("英国达人, 之前住在加州").country == "GB"


# --------------------------------------------------------------------------------------
# scan_location: negative cases
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@usa_beauty",
        "@usa_beauty 粉丝12万",
        "please reply to us",
        "in",
        "she lives in the city",
        "ola la la",
        "cat scan calendar",
        "la",
        "ca",
        "CA",  # bare CA is California only when the US is mentioned too
        "英语",
        "英文 English",
        "很美",
        "欧美国家的达人",
        "精英国际",
        "西班牙语",
        "印尼语",
        "Bahasa Indonesia",
        "达人ID amy",
        "ID: 12345",
        "price US$100",
        "OK 好的",
        "Hi there",
        "SP",
        "Victoria's Secret",
        "https://www.tiktok.com/@usa_beauty/video/1",
        "",
        "iPhone 256 GB",
        "price 100 US",
        "美东时间周五10点",  # time-zone words are left to the time parser
        "巴黎世家",
        "Papua New Guinea",
        "North Korea",
        "维多利亚的秘密",
        "KL",  # conditional short forms need their country
        "Santiago",
    ],
)
def test_scan_location_ignores(text: str) -> None:
    assert scan_location(text) is None


def test_handle_is_never_scanned_but_rest_is() -> None:
    loc = _scan("@usa_beauty，英国")
    assert loc.country == "GB"
    assert _scan("@London_girl 巴西").country == "BR"


def test_english_word_not_taken_from_language() -> None:
    loc = _scan("英国 英语")
    assert loc.country == "GB"
    assert loc.span == (0, 2)


# --------------------------------------------------------------------------------------
# resolve_location
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "region_text", "expected"),
    [
        ("US", "加州", ("US", "CA", LA)),
        ("us", "California", ("US", "CA", LA)),
        ("美国", "LA", ("US", "CA", LA)),
        ("United States", "ca", ("US", "CA", LA)),
        ("US", "Louisiana", ("US", "LA", "America/Chicago")),
        ("US", "OK", ("US", "OK", "America/Chicago")),
        ("US", "美西", ("US", None, LA)),
        ("US", "美国加州", ("US", "CA", LA)),
        ("US", "san diego", ("US", "CA", LA)),
        ("CL", "圣地亚哥", ("CL", "RM", "America/Santiago")),
        ("BR", "sp", ("BR", "SP", "America/Sao_Paulo")),
        ("巴西", "Rio", ("BR", "RJ", "America/Sao_Paulo")),
        ("AU", "nsw", ("AU", "NSW", "Australia/Sydney")),
        ("澳洲", "Perth", ("AU", "WA", "Australia/Perth")),
        ("CA", "Vancouver", ("CA", "BC", "America/Vancouver")),
        ("ID", "Bali", ("ID", None, "Asia/Makassar")),
        ("MX", "cdmx", ("MX", None, "America/Mexico_City")),
        ("RU", "Novosibirsk", ("RU", None, "Asia/Novosibirsk")),
        ("ES", "Canarias", ("ES", "CN", "Atlantic/Canary")),
        ("PT", "Madeira", ("PT", "30", "Atlantic/Madeira")),
        ("JP", "大阪", ("JP", None, "Asia/Tokyo")),
        ("JP", "Somewhere", ("JP", None, "Asia/Tokyo")),
        ("UK", None, ("GB", None, "Europe/London")),
    ],
)
def test_resolve_location(
    country: str, region_text: str | None, expected: tuple[str, str | None, str]
) -> None:
    loc = resolve_location(country, region_text)
    assert (loc.country, loc.region, loc.zone) == expected
    assert not loc.needs_region


def test_resolve_location_country_only() -> None:
    loc = resolve_location("US")
    assert (loc.zone, loc.needs_region, loc.span) == (None, True, (0, 0))
    assert resolve_location("de").zone == "Europe/Berlin"
    assert resolve_location("德国", "  ").zone == "Europe/Berlin"


def test_resolve_location_unknown_country() -> None:
    with pytest.raises(UnknownCountry) as info:
        resolve_location("Atlantis")
    assert info.value.text == "Atlantis"
    assert isinstance(info.value, ValueError)


def test_resolve_location_unknown_region_suggests() -> None:
    with pytest.raises(UnknownRegion) as info:
        resolve_location("US", "Californa")
    err = info.value
    assert isinstance(err, ValueError)
    assert err.text == "Californa"
    assert "California" in err.suggestions
    assert 0 < len(err.suggestions) <= 5


@pytest.mark.parametrize(
    ("country", "text"), [("US", "xyz"), ("US", "某地"), ("BR", "Sao Paolo"), ("CA", "Tornto")]
)
def test_unknown_region_suggestions_resolve(country: str, text: str) -> None:
    with pytest.raises(UnknownRegion) as info:
        resolve_location(country, text)
    assert 0 < len(info.value.suggestions) <= 5
    for suggestion in info.value.suggestions:
        assert resolve_location(country, suggestion).zone is not None


def test_us_suggestions_without_close_match_are_zone_areas() -> None:
    with pytest.raises(UnknownRegion) as info:
        resolve_location("US", "某地")
    assert info.value.suggestions[:4] == ("美西", "美东", "美中", "美山地")


def test_resolve_location_unknown_region_suggests_in_chinese() -> None:
    with pytest.raises(UnknownRegion) as info:
        resolve_location("US", "加利福")
    assert "加利福尼亚" in info.value.suggestions
    with pytest.raises(UnknownRegion) as info:
        resolve_location("BR", "xyzzy")
    assert 0 < len(info.value.suggestions) <= 5


# --------------------------------------------------------------------------------------
# Country helpers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codes", "language"),
    [
        (("US", "GB", "AU", "CA", "NZ", "SG", "PH"), "en"),
        (("MX", "ES", "AR", "CO", "CL"), "es"),
        (("BR", "PT"), "pt"),
        (("DE",), "de"),
        (("FR",), "fr"),
        (("ID",), "id"),
        (("TH",), "th"),
        (("VN",), "vi"),
        (("JP",), "ja"),
        (("KR",), "ko"),
        (("MY",), "ms"),
        (("SA", "AE"), "ar"),
        (("IT",), "it"),
        (("TR",), "tr"),
        (("NL",), "nl"),
        (("PL",), "pl"),
        (("RU",), "ru"),
        (("CN", "HK", "TW"), "zh"),
    ],
)
def test_country_language(codes: tuple[str, ...], language: str) -> None:
    for code in codes:
        assert country_language(code) == language


def test_every_country_language_is_supported() -> None:
    for code in COUNTRIES:
        assert country_language(code) in SUPPORTED_LANGUAGES


def test_country_name() -> None:
    assert country_name("US", "zh_CN") == "美国"
    assert country_name("US", "en") == "United States"
    assert country_name("gb", "zh-CN") == "英国"
    assert country_name("巴西", "en_US") == "Brazil"
    with pytest.raises(UnknownCountry):
        country_name("XX", "en")


def test_is_multi_zone() -> None:
    for code in ("US", "CA", "BR", "MX", "AU", "ID", "RU"):
        assert is_multi_zone(code)
    for code in ("GB", "DE", "ES", "PT", "AR", "CL", "MY", "JP", "TH", "CN"):
        assert not is_multi_zone(code)


def test_zone_city_name() -> None:
    assert zone_city_name("America/Los_Angeles", "zh_CN") == "洛杉矶"
    assert zone_city_name("America/Los_Angeles", "en") == "Los Angeles"
    assert zone_city_name("America/Argentina/Buenos_Aires", "en") == "Buenos Aires"
    assert zone_city_name("America/North_Dakota/New_Salem", "zh_CN") == "New Salem"
    assert zone_city_name("Asia/Shanghai", "zh_CN") == "北京", "the teams' clock is Beijing time"
    assert zone_city_name("Asia/Shanghai", "en") == "Beijing"


# Where creators live most often: each has its Chinese name (issue 17: "Austin" was shown as 芝加哥).
COMMON_CITIES = {
    "Los Angeles": "洛杉矶", "New York": "纽约", "Chicago": "芝加哥", "Houston": "休斯顿",
    "Austin": "奥斯汀", "Dallas": "达拉斯", "Miami": "迈阿密", "Seattle": "西雅图",
    "San Francisco": "旧金山", "Denver": "丹佛", "Phoenix": "凤凰城", "Toronto": "多伦多",
    "Vancouver": "温哥华", "London": "伦敦", "Manchester": "曼彻斯特", "Paris": "巴黎",
    "Berlin": "柏林", "Madrid": "马德里", "Milan": "米兰", "São Paulo": "圣保罗",
    "Rio de Janeiro": "里约热内卢", "Mexico City": "墨西哥城", "Jakarta": "雅加达", "Bangkok": "曼谷",
    "Manila": "马尼拉", "Ho Chi Minh City": "胡志明市", "Kuala Lumpur": "吉隆坡", "Sydney": "悉尼",
    "Melbourne": "墨尔本", "Tokyo": "东京", "Seoul": "首尔", "Dubai": "迪拜",
    "Riyadh": "利雅得", "Kyoto": "京都",
}  # fmt: skip


def test_common_creator_cities_have_chinese_names() -> None:
    for name, zh in COMMON_CITIES.items():
        assert region_display_name(name, "zh_CN") == zh, name
        assert region_display_name(name, "en") == name
    assert (
        region_display_name("Texas", "zh_CN") == "德州" and region_display_name("US West", "zh_CN") == "美西"
    )
    assert region_display_name("Atlantis", "zh_CN") == "Atlantis", "a name the tables do not know stays"
    assert zone_city_name("Asia/Singapore", "zh_CN") == "新加坡"


def test_every_region_has_a_chinese_name_that_reads_back() -> None:
    """A region shown (or exported) in either language is read back as the same region: the export's
    human-readable places import again unchanged."""
    for region in all_regions():
        for locale in ("zh_CN", "en"):
            shown = region_display_name(region.name, locale)
            assert locale == "en" or is_cjk(shown[0]), region
            found = resolve_location(region.country, shown)
            assert (found.region_name, found.zone) == (region.name, region.zone), (locale, shown)


def test_every_zone_has_a_chinese_city() -> None:
    for zone in _table_zones():
        assert is_cjk(zone_city_name(zone, "zh_CN")[0]), zone


# --------------------------------------------------------------------------------------
# Languages
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "matched"),
    [
        ("添加达人 @amy_beauty TikTok 美国加州 粉丝12万 英语", "en", "英语"),
        ("英文", "en", "英文"),
        ("speaks English", "en", "English"),
        ("西语", "es", "西语"),
        ("西班牙语达人", "es", "西班牙语"),
        ("SPANISH", "es", "SPANISH"),
        ("habla español", "es", "español"),
        ("葡语", "pt", "葡语"),
        ("葡萄牙语", "pt", "葡萄牙语"),
        ("Portuguese", "pt", "Portuguese"),
        ("德语", "de", "德语"),
        ("german", "de", "german"),
        ("法语", "fr", "法语"),
        ("French", "fr", "French"),
        ("日语", "ja", "日语"),
        ("韩语", "ko", "韩语"),
        ("泰语", "th", "泰语"),
        ("Thai", "th", "Thai"),
        ("印尼语", "id", "印尼语"),
        ("Indonesian", "id", "Indonesian"),
        ("Bahasa", "id", "Bahasa"),
        ("Bahasa Melayu", "ms", "Bahasa Melayu"),
        ("越南语", "vi", "越南语"),
        ("马来语", "ms", "马来语"),
        ("阿拉伯语", "ar", "阿拉伯语"),
        ("意大利语", "it", "意大利语"),
        ("中文", "zh", "中文"),
        ("汉语", "zh", "汉语"),
        ("Chinese", "zh", "Chinese"),
        ("俄语", "ru", "俄语"),
        ("土耳其语", "tr", "土耳其语"),
        ("Polish creator", "pl", "Polish"),
    ],
)
def test_find_language(text: str, code: str, matched: str) -> None:
    found = find_language(text)
    assert found is not None
    assert found[0] == code
    start, end = found[1]
    assert text[start:end] == matched


@pytest.mark.parametrize(
    "text",
    ["@english_amy", "Englishman", "thailand", "Germany", "nail polish", "美国加州", "Malaysia", ""],
)
def test_find_language_ignores(text: str) -> None:
    assert find_language(text) is None


def test_language_name() -> None:
    assert language_name("es", "zh_CN") == "西班牙语"
    assert language_name("es", "en") == "Spanish"
    assert language_name("zh", "zh") == "中文"
    with pytest.raises(ValueError, match="unknown language"):
        language_name("xx", "en")
    assert set(SUPPORTED_LANGUAGES) == set(LANGUAGES)
    for code in SUPPORTED_LANGUAGES:
        assert len(code) == 2
        assert language_name(code, "zh_CN")
        assert language_name(code, "en")


# --------------------------------------------------------------------------------------
# Table integrity
# --------------------------------------------------------------------------------------


def _table_zones() -> set[str]:
    zones = {zone for _, _, zone, _, _ in COUNTRIES.values() if zone is not None}
    return zones | {region.zone for region in all_regions()}


def test_every_zone_exists() -> None:
    available = zoneinfo.available_timezones()
    missing = (_table_zones() | set(ZONE_NAMES)) - available
    assert not missing


def test_every_zone_has_display_names() -> None:
    assert not _table_zones() - set(ZONE_NAMES)


def test_region_codes_are_holidays_subdivisions() -> None:
    by_country: dict[str, set[str | None]] = defaultdict(set)
    for region in all_regions():
        by_country[region.country].add(region.code)
    for country, codes in by_country.items():
        try:
            subdivisions = set(holidays.country_holidays(country).subdivisions)
        except NotImplementedError:
            continue
        used = codes - {None}
        if not subdivisions:
            assert not used, country
            continue
        assert used <= subdivisions, (country, used - subdivisions)


def test_region_countries_exist() -> None:
    assert {region.country for region in all_regions()} <= set(COUNTRIES)


def test_multi_zone_countries_have_regions() -> None:
    with_regions = {region.country for region in all_regions()}
    for code in COUNTRIES:
        if is_multi_zone(code):
            assert code in with_regions


def test_aliases_unambiguous_within_a_country() -> None:
    seen: dict[tuple[str, str], str] = {}
    for alias, region, _ in region_aliases():
        key = (region.country, name_key(alias))
        assert seen.setdefault(key, region.name) == region.name, (alias, region.name, seen[key])


def test_us_has_all_states_and_dc() -> None:
    us_states = {r.code for r in all_regions() if r.country == "US" and r.rank == 1}
    assert len(us_states - {"PR"}) == 51
    assert "DC" in us_states


def test_brazil_has_all_states() -> None:
    assert len({r.code for r in all_regions() if r.country == "BR" and r.rank == 1}) == 27


def test_import_is_light() -> None:
    code = (
        "import sys, workflows.geo; "
        "heavy = {'pandas', 'pytz', 'holidays'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True)
