/**
 * FETCH_ALLOW_PRIVATE_HOSTS: `host[:port]` entries the worker may reach although they resolve
 * to private or loopback addresses (self-hosting, tests). Entries are matched on the URL's
 * hostname — normalised the way the WHATWG URL parser normalises it — and, when an entry
 * names a port, on the port too.
 */
export interface AllowedHost {
  /** Lower-case hostname or IP, IPv6 without brackets. */
  readonly hostname: string;
  /** When absent, every port of the host is allowed. */
  readonly port?: number;
}

const ENTRY_WITH_PORT = /^(?<host>\[[^\]]+\]|[^:[\]/?#@\s]+)(?::(?<port>\d{1,5}))?$/;

/** Strips the brackets URL parsing keeps around IPv6 literals. */
export function stripBrackets(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/**
 * Parses one entry; throws an Error naming the entry when it is not `host[:port]`
 * (configuration validation reports it at start-up).
 */
export function parseAllowedHost(entry: string): AllowedHost {
  const text = entry.trim();
  // A bare IPv6 address (several colons, no brackets) has no port.
  const bracketed = !text.startsWith('[') && (text.match(/:/g)?.length ?? 0) > 1 ? `[${text}]` : text;
  const match = ENTRY_WITH_PORT.exec(bracketed);
  const host = match?.groups?.host;
  if (!host) throw new Error(`"${entry}" is not a host or host:port`);
  let hostname: string;
  try {
    hostname = new URL(`http://${host}/`).hostname;
  } catch {
    throw new Error(`"${entry}" is not a host or host:port`);
  }
  const portText = match.groups?.port;
  if (portText === undefined) return { hostname: stripBrackets(hostname) };
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`"${entry}" has an invalid port`);
  return { hostname: stripBrackets(hostname), port };
}

/** Parses a comma list (as in the environment variable) or an array of entries. */
export function parseAllowedHosts(input: string | readonly string[] | undefined): AllowedHost[] {
  if (input === undefined) return [];
  const entries = typeof input === 'string' ? input.split(',') : input;
  return entries
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map(parseAllowedHost);
}

/** The port a URL connects to, defaults included. */
export function effectivePort(protocol: string, port: string): number {
  if (port !== '') return Number(port);
  return protocol === 'https:' ? 443 : 80;
}

export function isHostAllowed(allowed: readonly AllowedHost[], hostname: string, port: number): boolean {
  const host = stripBrackets(hostname).toLowerCase();
  return allowed.some(
    (entry) => entry.hostname === host && (entry.port === undefined || entry.port === port),
  );
}
