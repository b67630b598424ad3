import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { partnerGapCount } from './partner-gaps';

/**
 * The partner's readiness gaps for the active environment (read from the copy kept on this computer, so it works
 * offline), re-read whenever `version` changes (each time the list is loaded). Null until known.
 */
export const usePartnerGaps = (version: unknown): number | null => {
  const [gaps, setGaps] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void api.business
      .partner()
      .then((r) => (r.ok ? partnerGapCount(r.data.details) : null))
      .then((count) => {
        if (live) setGaps(count);
      });
    return () => {
      live = false;
    };
  }, [version]);
  return gaps;
};
