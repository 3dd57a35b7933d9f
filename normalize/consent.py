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
    "Moove GDPR": ("#moove_gdpr_cookie_info_bar",),
    "Termly": ("#termly-code-snippet-support",),
    "Axeptio": (".axeptio_widget", ".axeptio_mount"),
    "Drupal EU Cookie Compliance": ("#sliding-popup",),
    "Piwik PRO": ("[id^='ppms_cm_consent_popup']",),
}
