"""Consent managers and the containers their banners render into.

The containers are the ones that consent-handling browser tools
(Consent-O-Matic, DuckDuckGo autoconsent) hide; each is matched by id or
class, so a rule can only ever hit that manager's own markup.
Site-made banners with no telling markup are found by their wording instead
(``normalize.phrases.CONSENT``), in ``normalize.clean``.
"""

from __future__ import annotations

CONSENT_MANAGERS: dict[str, tuple[str, ...]] = {
    "OneTrust": ("#onetrust-consent-sdk", "#onetrust-banner-sdk", "#onetrust-pc-sdk", ".onetrust-pc-dark-filter",
                 ".js-consent-banner"),
    "Cookiebot": ("#CybotCookiebotDialog", "#CybotCookiebotDialogBodyUnderlay", "#cb-cookieoverlay", "#cookiebanner",
                  "#CookieBanner"),
    "CookieYes": (".cky-consent-container", ".cky-overlay", ".cky-modal"),
    "CookieYes (legacy)": ("#cookie-law-info-bar", "#cookie-law-bg", ".cli-popupbar-overlay"),
    "Didomi": ("#didomi-host", "#didomi-notice", "#didomi-popup", ".didomi-popup-container"),
    "Usercentrics": ("#usercentrics-root", "#usercentrics-cmp-ui", ".uc-banner-wrapper", "#uc-banner-modal",
                     "#uc-central-banner-modal"),
    "Civic Cookie Control": ("#ccc", "#ccc-module", "#ccc-notify", "#ccc-overlay", "#ccc-content"),
    "Osano": (".osano-cm-window", ".osano-cm-dialog"),
    "Quantcast Choice": ("#qc-cmp2-container", "#qc-cmp2-main", ".qc-cmp-ui-container"),
    "TrustArc": ("#truste-consent-track", "#truste-consent-content", ".truste_popframe", ".truste_overlay",
                 ".trustarc-banner-container"),
    "Klaro": ("#klaro", ".klaro"),
    "Borlabs Cookie": ("#BorlabsCookieBox", ".BorlabsCookie", "._brlbs-block-content", ".brlbs-cmpnt-dialog"),
    "Complianz": ("#cmplz-cookiebanner-container", ".cmplz-cookiebanner"),
    "Cookie Information": ("#coiOverlay", "#coiConsentBanner", "#coi-banner-wrapper", ".coi-consent-summary",
                           "#cookie-information-template-wrapper"),
    "consentmanager.net": ("#cmpbox", "#cmpbox2"),
    "Sourcepoint": ("div[id^='sp_message_container_']", ".message-overlay"),
    "CookieHub": (".ch2-container",),
    "Cookie-Script": ("#cookiescript_injected",),
    "CookieFirst": ("#cookiefirst-root", ".cookiefirst-root"),
    "iubenda": ("#iubenda-cs-banner",),
    "Moove GDPR": ("#moove_gdpr_cookie_info_bar", "#moove_gdpr_cookie_modal"),
    "Termly": ("#termly-code-snippet-support",),
    "Axeptio": (".axeptio_widget", ".axeptio_mount"),
    "Drupal EU Cookie Compliance": ("#sliding-popup",),
    "Piwik PRO": ("[id^='ppms_cm_consent_popup']", "#ppms_cm_popup_overlay"),
}

# Where each manager's loader script comes from: a page that loads one names its manager even when
# the banner itself is injected later by JavaScript and only a <noscript> fallback is in the HTML.
CONSENT_SCRIPTS: dict[str, tuple[str, ...]] = {
    "OneTrust": ("cdn.cookielaw.org", "optanon.blob.core.windows.net", "otsdkstub"),
    "Cookiebot": ("consent.cookiebot.com", "consent.cookiebot.eu"),
    "CookieYes": ("cdn-cookieyes.com",),
    "Didomi": ("sdk.privacy-center.org",),
    "Usercentrics": ("app.usercentrics.eu", "web.cmp.usercentrics.eu"),
    "Civic Cookie Control": ("cc.cdn.civiccomputing.com",),
    "Osano": ("cmp.osano.com",),
    "Quantcast Choice": ("cmp.quantcast.com", "quantcast.mgr.consensu.org"),
    "TrustArc": ("consent.trustarc.com", "consent.truste.com"),
    "Cookie Information": ("policy.app.cookieinformation.com",),
    "consentmanager.net": ("consentmanager.net",),
    "CookieHub": ("cookiehub.net", "cookiehub.eu"),
    "Cookie-Script": ("cookie-script.com",),
    "CookieFirst": ("consent.cookiefirst.com",),
    "iubenda": ("cdn.iubenda.com",),
    "Termly": ("app.termly.io",),
    "Axeptio": ("static.axept.io",),
    "Piwik PRO": ("containers.piwik.pro",),
}


def loaded_manager(script_sources: list[str]) -> str | None:
    """The consent manager whose loader one of the page's scripts is, if any."""
    for source in script_sources:
        for name, hosts in CONSENT_SCRIPTS.items():
            if any(host in source for host in hosts):
                return name
    return None
