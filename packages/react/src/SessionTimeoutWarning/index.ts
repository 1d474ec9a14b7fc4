export { SessionTimeoutWarning, type SessionTimeoutWarningProps, type ExpiryResult } from './SessionTimeoutWarning';
export { spokenTimeLeft, type ExpiryTime } from './timeLeft';
