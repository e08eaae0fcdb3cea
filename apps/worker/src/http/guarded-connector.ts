/**
 * The socket factory behind the worker's HTTP client. The address check happens here, on the
 * addresses the socket is about to connect to, so a name that resolves to a public address
 * when "validated" and to a private one when connected (DNS rebinding) cannot slip through:
 *
 * - literal IP hosts are checked before anything is dialled (`net.connect` skips `lookup`);
 * - names are resolved by our `lookup`, which refuses the whole answer when any address in it
 *   is refused, so the socket only ever sees checked addresses;
 * - after connecting, the socket's remote address is checked once more (defence in depth).
 *
 * Hosts in the allow-list skip the checks but still resolve through the same resolver.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { classifyAddress, describeBlockedKind, type BlockedAddressKind } from './address-guard.util.js';
import { effectivePort, isHostAllowed, stripBrackets, type AllowedHost } from './allowed-hosts.util.js';
import { HttpClientError, unreachableDestinationMessage } from './http-client.errors.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all of its addresses. Tests inject one so no real DNS is used. */
export type ResolveHost = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const resolveWithSystemDns: ResolveHost = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, order: 'verbatim' });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export function blockedAddressError(
  host: string,
  address: string,
  kind: BlockedAddressKind,
): HttpClientError {
  const where = isIP(stripBrackets(host)) ? `the address ${host} is` : `the address of ${host} is`;
  return new HttpClientError('BLOCKED_ADDRESS', unreachableDestinationMessage(host), {
    detail: `refused ${address} (${kind}) for ${host}: ${where} in ${describeBlockedKind(kind)}`,
  });
}

function dnsFailedError(hostname: string, cause?: unknown): HttpClientError {
  return new HttpClientError('DNS_FAILED', unreachableDestinationMessage(hostname), {
    detail: `the host name ${hostname} could not be found`,
    cause,
  });
}

/** Adapts a `ResolveHost` to the callback shape `net.connect` expects of `lookup`. */
function toLookupFunction(resolve: ResolveHost, isGuarded: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (answers) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const addresses =
          wanted === undefined ? answers : answers.filter((answer) => answer.family === wanted);
        const first = addresses[0];
        if (!first) {
          callback(dnsFailedError(hostname), '', 0);
          return;
        }
        if (isGuarded) {
          for (const { address } of addresses) {
            const kind = classifyAddress(address);
            if (kind) {
              callback(blockedAddressError(hostname, address, kind), '', 0);
              return;
            }
          }
        }
        if (options.all === true)
          callback(
            null,
            addresses.map(({ address, family }) => ({ address, family })),
          );
        else callback(null, first.address, first.family);
      },
      (error: unknown) => callback(dnsFailedError(hostname, error), '', 0),
    );
  };
}

export interface GuardedConnectorOptions {
  readonly resolve: ResolveHost;
  readonly allowedHosts: readonly AllowedHost[];
  readonly connectTimeoutMs: number;
}

export function createGuardedConnector(options: GuardedConnectorOptions): buildConnector.connector {
  const common = { timeout: options.connectTimeoutMs, autoSelectFamily: true };
  const guarded = buildConnector({ ...common, lookup: toLookupFunction(options.resolve, true) });
  const trusted = buildConnector({ ...common, lookup: toLookupFunction(options.resolve, false) });

  return (connectOptions, callback) => {
    const hostname = stripBrackets(connectOptions.hostname);
    const port = effectivePort(connectOptions.protocol, connectOptions.port);
    if (isHostAllowed(options.allowedHosts, hostname, port)) {
      trusted(connectOptions, callback);
      return;
    }
    if (isIP(hostname)) {
      const kind = classifyAddress(hostname);
      if (kind) {
        callback(blockedAddressError(hostname, hostname, kind), null);
        return;
      }
    }
    guarded(connectOptions, (error, socket) => {
      if (error) {
        callback(error, null);
        return;
      }
      const remote = socket.remoteAddress ?? '';
      const kind = classifyAddress(remote);
      if (kind) {
        socket.destroy();
        callback(blockedAddressError(hostname, remote, kind), null);
        return;
      }
      callback(null, socket);
    });
  };
}
