/**
 * Thrown when a host stays busy (or cooling down after a 429) longer than we are willing to wait. Its own
 * file so the parse threads can rebuild it without loading Nest or Redis.
 */
export class HostBusyError extends Error {
  constructor(
    readonly domain: string,
    readonly retryAt: Date,
  ) {
    super(`${domain} is busy; trying again at ${retryAt.toISOString()}`);
    this.name = 'HostBusyError';
  }
}
