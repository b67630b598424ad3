import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { WebsiteCheckState } from './WebsiteCheckNote';
import type { WebsitePreflight } from './website-preflight';

const offlineMessage =
  'The website was not checked because the app is offline. Updox checks it when it verifies the number.';

/**
 * The reachability check of each website field, by field key: run on blur and before submit, at most once per
 * address. Offline, nothing is sent and the check says so. It only ever informs.
 */
export const useWebsiteChecks = (offline: boolean) => {
  const [checks, setChecks] = useState<Record<string, WebsiteCheckState>>({});
  // Every change goes through `put`, which keeps this in step with `checks` (read by checks still running).
  const latest = useRef(checks);

  const checkSite = useCallback(
    async (key: string, { url, error }: WebsitePreflight): Promise<WebsiteCheckState | undefined> => {
      if (!url || error) return undefined;
      const known = latest.current[key];
      if (known?.url === url && known.result !== 'checking') return known;
      const put = (state: WebsiteCheckState) => {
        latest.current = { ...latest.current, [key]: state };
        setChecks((c) => ({ ...c, [key]: state }));
        return state;
      };
      if (offline) {
        put({ url, result: { outcome: 'skipped', redirects: [], finalUrl: url, message: offlineMessage } });
        return undefined;
      }
      put({ url, result: 'checking' });
      const r = await api.business.checkWebsite({ url });
      return put({
        url,
        result: r.ok
          ? r.data
          : {
              outcome: 'unreachable',
              redirects: [],
              finalUrl: url,
              message: `The website could not be checked: ${r.error.message}`,
            },
      });
    },
    [offline],
  );
  return { checks, checkSite };
};
