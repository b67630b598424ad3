import { describe, expect, it } from 'vitest';
import { createNumberNotices } from '../../../src/main/services/sms/number-notices';
import type { NumberTransition } from '../../../src/main/services/sms/number-timeline-store';

const transition = (to: NumberTransition['to']): NumberTransition => ({
  environmentId: 'sandbox',
  accountId: 'sunrise peds',
  accountName: 'Sunrise Pediatrics',
  locationId: 7,
  locationName: 'Powell',
  number: '6145550123',
  from: 'pending',
  to,
});

describe('number notices', () => {
  it('go to the OS notifier with the screen to open, and are not queued as toasts', () => {
    const shown: Array<[string, string, string | undefined]> = [];
    const notices = createNumberNotices({ show: (t, b, s) => (shown.push([t, b, s]), true) });
    notices.announce([transition('approved'), transition('rejected')]);
    expect(shown.map(([t, , s]) => [t, s])).toEqual([
      ['SMS number approved', '#/sms/sunrise%20peds'],
      ['SMS number rejected', '#/sms/sunrise%20peds'],
    ]);
    expect(notices.drain()).toEqual([]);
  });

  it('become toasts where the host has no notifications (the web host)', () => {
    const notices = createNumberNotices({ show: () => false });
    notices.announce([transition('approved')]);
    expect(notices.drain()).toMatchObject([{ title: 'SMS number approved', accountId: 'sunrise peds' }]);
  });
});
