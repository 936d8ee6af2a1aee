"""Closed vocabularies of the data model; values are the strings stored in files."""

from enum import StrEnum


class MapType(StrEnum):
    CURRENT_STATE = "current_state"
    FUTURE_STATE = "future_state"
    DAY_IN_THE_LIFE = "day_in_the_life"
    SERVICE_BLUEPRINT = "service_blueprint"


class LaneKind(StrEnum):
    TEXT = "text"
    TOUCHPOINTS = "touchpoints"
    ACTIONS = "actions"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    CHANNELS = "channels"
    KPIS = "kpis"
    BACKSTAGE = "backstage"
    SYSTEMS = "systems"
    STORYBOARD = "storyboard"
    OWNERS = "owners"


class LineAfter(StrEnum):
    """Service-blueprint line drawn below a lane."""

    NONE = "none"
    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL = "internal"


class Series(StrEnum):
    AS_IS = "as_is"
    TO_BE = "to_be"


class Channel(StrEnum):
    """Channels with a maintained icon; cards may also carry free text."""

    WEB = "web"
    MOBILE_APP = "mobile_app"
    EMAIL = "email"
    PHONE = "phone"
    STORE = "store"
    CHAT = "chat"
    SOCIAL = "social"
    ADS = "ads"
    SEARCH = "search"
    MAIL = "mail"
    PARTNER = "partner"
    KIOSK = "kiosk"
    SMS = "sms"
    VIDEO = "video"
    IN_PERSON = "in_person"
