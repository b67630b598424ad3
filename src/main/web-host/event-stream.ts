import type http from 'node:http';
import type { EventBus } from '../services/events/event-bus';

/** A page that stops reading gets this much queued, then its stream is closed (it reconnects and refetches). */
const MAX_BUFFERED_BYTES = 1024 * 1024;

/**
 * GET /events: main's events to one page as Server-Sent Events (`event: <name>` and `data: <json>` per event).
 * The caller has already checked the Host, the Origin and the token, exactly as for a call.
 */
export const streamEvents = (
  events: EventBus,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  headers: Record<string, string>,
): void => {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-accel-buffering': 'no',
  });
  // A first line at once: the page knows the stream is open (and refetches what it may have missed).
  res.write(': open\n\n');
  const stop = events.listen((name, payload) => {
    if (res.writableLength > MAX_BUFFERED_BYTES) {
      res.destroy();
      return;
    }
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const end = () => stop();
  req.on('close', end);
  res.on('close', end);
  res.on('error', end);
};
