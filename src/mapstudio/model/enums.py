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


class EvidenceSource(StrEnum):
    """Where what a card says comes from; ASSUMPTION marks what nobody has checked."""

    INTERVIEW = "interview"
    SURVEY = "survey"
    ANALYTICS = "analytics"
    SUPPORT_TICKETS = "support_tickets"
    OBSERVATION = "observation"
    ASSUMPTION = "assumption"


class Confidence(StrEnum):
    """How sure the team is of a card (None on a card: not judged yet)."""

    ASSUMED = "assumed"
    SOME_EVIDENCE = "some_evidence"
    VALIDATED = "validated"


class NoteTarget(StrEnum):
    """What a review note is pinned to."""

    CARD = "card"
    STAGE = "stage"
