"""Turn chat text (zh/en) into a creator's country, region, IANA zone and language.

Pure Python (stdlib only), no network; matching tables are built lazily on first use.
"""

from workflows.geo.countries import (
    UnknownCountry,
    country_language,
    country_name,
    is_multi_zone,
    zone_city_name,
)
from workflows.geo.languages import SUPPORTED_LANGUAGES, find_language, language_name
from workflows.geo.regions import (
    Location,
    UnknownRegion,
    region_display_name,
    resolve_location,
    scan_location,
)

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Location",
    "UnknownCountry",
    "UnknownRegion",
    "country_language",
    "country_name",
    "find_language",
    "is_multi_zone",
    "language_name",
    "region_display_name",
    "resolve_location",
    "scan_location",
    "zone_city_name",
]
