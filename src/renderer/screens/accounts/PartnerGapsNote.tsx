import { hrefFor } from '../../stores/route-store';

/**
 * Said once above the list when the partner's Business details have gaps: every account counts them in its
 * "SMS business details", so they are fixed once, in Business details, not account by account.
 */
export function PartnerGapsNote({ gaps }: { gaps: number | null }) {
  if (gaps === null || gaps === 0) return null;
  return (
    <p className="note note--warn" data-testid="partner-gaps-note">
      {gaps === 1 ? '1 gap' : `${gaps} gaps`} in every account&rsquo;s SMS business details{' '}
      {gaps === 1 ? 'is' : 'are'} in the partner&rsquo;s details (contact name, email or phone). Fill{' '}
      {gaps === 1 ? 'it' : 'them'} in once in <a href={hrefFor('business')}>Business details</a>.
    </p>
  );
}
