import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { PartnerBusinessDetails } from '../../../shared/domain/business-details';
import type { EmbeddedSandbox } from '../sandbox/embedded-sandbox';

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
  sandbox: EmbeddedSandbox,
  details: PartnerBusinessDetails,
): Promise<void> => {
  const answer = (await sandbox.get()).control('POST', 'vendor', sandboxVendorBody(details));
  const parsed = answerSchema.safeParse(answer.body);
  if (answer.status !== 200 || !parsed.success || !parsed.data.ok) {
    const why = parsed.success && parsed.data.error ? `: ${parsed.data.error}` : '';
    throw new AppError({
      kind: 'internal',
      message: `The sandbox did not take the partner business details (${answer.status}${why}).`,
    });
  }
};
