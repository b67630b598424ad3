/** The accounts domain's calls. Owned by the accounts feature; see docs/ipc.md for how to add one. */
export const accountsContract = {};
