/** The sms domain's calls. Owned by the sms feature; see docs/ipc.md for how to add one. */
export const smsContract = {};
