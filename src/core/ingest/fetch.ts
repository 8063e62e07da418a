/**
 * Fetching a page or feed for URL ingest, without letting a URL reach into this machine or its
 * network. A server that fetches what its clients name could otherwise be made to read its own
 * API, a router's admin page or a cloud metadata address (server-side request forgery). So the
 * address each connection is made to is checked when it is made (after DNS, so a public-looking
 * name that resolves to 127.0.0.1 is caught, and a name cannot resolve once to a public address
 * for the check and again to a private one for the connection), and redirects are followed one
 * by one, each hop checked the same way. Only public unicast addresses pass unless the caller
 * allows others.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { IncomingMessage } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';

/**
 * A public unicast address: not loopback, link-local, private (RFC 1918, IPv6 unique-local),
 * carrier-grade NAT, unspecified, multicast, reserved or documentation ranges, nor an IPv6 form
 * of one of those (IPv4-mapped `::ffff:127.0.0.1` counts as 127.0.0.1).
 */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/** The policy of a user who allowed local and private addresses (`--allow-private-urls`). */
export const anyAddress = (): boolean => true;

/** A URL (or a redirect's target) whose host is, or resolves to, an address that is not allowed. */
export class RefusedAddressError extends Error {
  constructor(
    readonly url: string,
    readonly address: string,
    /** True when the refused URL is where another one redirected to. */
    readonly redirected: boolean,
  ) {
    super(`${url} is at ${address}, a local or private address`);
    this.name = 'RefusedAddressError';
  }
}

export interface FetchOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** Which addresses may be connected to (default: public ones only, `isPublicAddress`). */
  addressAllowed?: (address: string) => boolean;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
}

export interface FetchedResponse {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  statusText: string;
  header(name: string): string | undefined;
  /** The body, decompressed if the server compressed it. */
  body: AsyncIterable<Buffer>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** DNS lookup that fails the connection when any address a name resolves to is not allowed. */
function guardedLookup(
  allowed: (address: string) => boolean,
  url: string,
  redirected: boolean,
): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options }, (error, address: string | LookupAddress[], family?: number) => {
      if (error) return callback(error, '', 0);
      const addresses = Array.isArray(address) ? address.map((a) => a.address) : [address];
      const refused = addresses.find((a) => !allowed(a));
      if (refused !== undefined)
        return callback(
          Object.assign(new RefusedAddressError(url, refused, redirected), { code: 'EREFUSEDADDRESS' }),
          '',
          0,
        );
      (callback as (e: null, a: string | LookupAddress[], f?: number) => void)(null, address, family);
    });
  };
}

function get(url: URL, options: FetchOptions, lookup: LookupFunction): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'GET',
      headers: options.headers,
      signal: options.signal,
      lookup,
    });
    request.on('response', resolve);
    request.on('error', reject);
    request.end();
  });
}

function decoded(response: IncomingMessage): AsyncIterable<Buffer> {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

/** GET a URL, following redirects, connecting only to allowed addresses. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedResponse> {
  const allowed = options.addressAllowed ?? isPublicAddress;
  const maxRedirects = options.maxRedirects ?? 5;
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const redirected = hop > 0;
    if (current.protocol !== 'http:' && current.protocol !== 'https:')
      throw new Error(`redirected to ${current.href}, which is not an http(s) address`);
    // A literal address is connected to without a lookup: checked here instead.
    const host = current.hostname.replace(/^\[(.*)\]$/, '$1');
    if (isIP(host) && !allowed(host)) throw new RefusedAddressError(current.href, host, redirected);
    const response = await get(current, options, guardedLookup(allowed, current.href, redirected));
    const location = response.headers.location;
    if (REDIRECTS.has(response.statusCode ?? 0) && location) {
      response.resume();
      if (hop >= maxRedirects) throw new Error(`redirected more than ${maxRedirects} times`);
      current = new URL(location, current);
      continue;
    }
    return {
      url: current.href,
      status: response.statusCode ?? 0,
      statusText: response.statusMessage ?? '',
      header: (name) => {
        const value = response.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(', ') : value;
      },
      body: decoded(response),
    };
  }
}
