/** Well-known values of the embedded sandbox. */

/** The vendor ("application") credentials the sandbox accepts unless told otherwise. */
export const SANDBOX_APPLICATION_ID = 'sandbox-vendor';
export const SANDBOX_APPLICATION_PASSWORD = 'sandbox-password';

/** SmsSendNumberRequest: NUMBER_PENDING -> PENDING after this long (sandbox clock). */
export const DEFAULT_NUMBER_ASSIGN_DELAY_MS = 60_000;
/** PENDING -> APPROVED/REJECTED after this long (sandbox clock). */
export const DEFAULT_VERIFICATION_DELAY_MS = 300_000;

/** Largest request body accepted, in bytes (1 MiB). Larger bodies get HTTP 413. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Every Updox IO method lives under this path. */
export const API_PATH_PREFIX = '/api/io/';
/** The control plane (not Updox protocol) lives under this path. */
export const CONTROL_PATH_PREFIX = '/_sandbox/';

/** Code and name of the location every account gets when it is created. */
export const DEFAULT_LOCATION_CODE = 'def';
export const DEFAULT_LOCATION_NAME = 'Default Location';

/** How many recent SMS sends (metadata only: no body, last 4 digits of the recipient) the state keeps. */
export const SMS_LOG_LIMIT = 200;
