import { type Request, type Response } from 'express';
import { type Viewer } from './auth/viewer.js';

/**
 * What every resolver can read from the GraphQL context. Built once per request by the context
 * factory in graphql.options.ts.
 */
export interface RequestContext {
  req: Request;
  res: Response;
  /** null for anonymous requests. */
  viewer: Viewer | null;
  /** The client's address: signed by the web server, else the socket (TRUST_PROXY: right-most untrusted hop). */
  ip: string;
}
