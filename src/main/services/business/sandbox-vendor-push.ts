import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';

const answerSchema = z.object({ ok: z.boolean(), error: z.string().optional() });

/** The body of the sandbox control plane's POST /_sandbox/vendor: every partner field, as a string. */
export const sandboxVendorBody = (details: PartnerBusinessDetails): Record<string, string> => ({
  name: details.name,
  legalName: details.legalName,
  address1: details.address1,
  address2: details.address2,
  city: details.city,
  state: details.state,
  postal: details.postal,
  countryCode: details.countryCode,
  website: details.website,
  contactFirstName: details.contactFirstName,
  contactLastName: details.contactLastName,
  contactEmail: details.contactEmail,
  contactPhone: details.contactPhone,
});

/** Replaces the embedded sandbox's partner details, so its 4039 decisions use the app's copy. */
export const pushPartnerToSandbox = async (
  origin: string,
  details: PartnerBusinessDetails,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<void> => {
  const res = await fetchImpl(`${origin}/_sandbox/vendor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(sandboxVendorBody(details)),
    signal: AbortSignal.timeout(5_000),
  });
  const parsed = answerSchema.safeParse(await res.json().catch(() => null));
  if (!res.ok || !parsed.success || !parsed.data.ok) {
    const why = parsed.success && parsed.data.error ? `: ${parsed.data.error}` : '';
    throw new AppError({
      kind: 'internal',
      message: `The sandbox did not take the partner business details (HTTP ${res.status}${why}).`,
    });
  }
};
