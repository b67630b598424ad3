/** The business domain's calls. Owned by the business feature; see docs/ipc.md for how to add one. */
export const businessContract = {};
