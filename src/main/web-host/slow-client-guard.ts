import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Bounds slow clients by the clock, whatever they send meanwhile: a connection must deliver a request's headers
 * within `headersMs` of opening (or of its previous answer, on a kept-alive connection), else it is closed.
 * node:http's own headersTimeout does the same, but only when its periodic connection check runs; this guard does
 * not depend on it. The body's deadline is readBody's.
 */
export const guardSlowClients = (server: Server, headersMs: number): void => {
  const timers = new WeakMap<Socket, NodeJS.Timeout>();
  const arm = (socket: Socket) => {
    clearTimeout(timers.get(socket));
    const timer = setTimeout(() => socket.destroy(), headersMs);
    timer.unref();
    timers.set(socket, timer);
  };
  server.on('connection', (socket: Socket) => {
    arm(socket);
    socket.on('close', () => clearTimeout(timers.get(socket)));
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    clearTimeout(timers.get(socket));
    res.on('finish', () => {
      if (!socket.destroyed) arm(socket);
    });
  });
};
