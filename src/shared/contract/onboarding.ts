/** The onboarding domain's calls. Owned by the onboarding feature; see docs/ipc.md for how to add one. */
export const onboardingContract = {};
