import { describe, expect, it } from 'vitest';
import { createNumberNotices } from '../../../src/main/services/sms/number-notices';
import type { NumberTransition } from '../../../src/main/services/sms/number-timeline-store';
import { createEventBus } from '../../../src/main/services/events/event-bus';
import type { DeskEvent, EventName } from '../../../src/shared/contract/events';

const recordingBus = () => {
  const bus = createEventBus();
  const seen: Array<{ name: EventName; payload: DeskEvent<EventName> }> = [];
  return { bus, seen, listen: () => bus.listen((name, payload) => seen.push({ name, payload })) };
};

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
    const { bus, seen, listen } = recordingBus();
    listen();
    const notices = createNumberNotices({ show: (t, b, s) => (shown.push([t, b, s]), true) }, bus);
    notices.announce([transition('approved'), transition('rejected')]);
    // One numbers event for the account (in its environment), no toast event: the OS showed them.
    expect(seen).toEqual([
      { name: 'numbers', payload: { environmentId: 'sandbox', accountId: 'sunrise peds', changeSeq: 1 } },
    ]);
    expect(shown.map(([t, , s]) => [t, s])).toEqual([
      ['SMS number approved', '#/sms/sunrise%20peds'],
      ['SMS number rejected', '#/sms/sunrise%20peds'],
    ]);
    expect(notices.drain()).toEqual([]);
  });

  it('become toast events where the host has no notifications (the web host)', () => {
    const { bus, seen, listen } = recordingBus();
    listen();
    const notices = createNumberNotices({ show: () => false }, bus);
    notices.announce([transition('approved')]);
    expect(seen.map((e) => e.name)).toEqual(['numbers', 'toast']);
    expect(seen[1]!.payload).toMatchObject({ title: 'SMS number approved', accountId: 'sunrise peds' });
    // Delivered: nothing is kept for a later drain.
    expect(notices.drain()).toEqual([]);
  });

  it('are kept for the next drain while no screen listens', () => {
    const { bus } = recordingBus();
    const notices = createNumberNotices({ show: () => false }, bus);
    notices.announce([transition('approved')]);
    expect(notices.drain()).toMatchObject([{ title: 'SMS number approved', accountId: 'sunrise peds' }]);
  });
});
