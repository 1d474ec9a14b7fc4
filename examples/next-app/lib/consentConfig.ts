// The consent settings of the service: change POLICY_VERSION when the purposes or the privacy notice change, and
// everyone is asked again.
export const POLICY_VERSION = '2026-12';
export const PURPOSE_IDS = ['analytics'];
/** The cookie that holds the record (JSON, URI-encoded); the browser's provider writes it too, so not HttpOnly. */
export const CONSENT_COOKIE = 'next-consent';
