/**
 * @tributary/bridges — the contract between the platforms and their host (see README.md): what a source
 * is, what a fetch returns, the typed errors, the HTTP client a host passes in, and each bridge's
 * operations as plans of requests (plan.ts) the host performs, its steps parsing the answers.
 *
 * Everything else (the feed parser, OPML, sanitizing, each platform's internals) is reached by subpath,
 * e.g. `@tributary/bridges/feed/parse`, `@tributary/bridges/opml/opml` (package.json `exports`).
 */
export * from './errors.js';
export * from './http.js';
export * from './types.js';
export * from './options.js';
export {
  advance,
  andThen,
  driveStep,
  performPlan,
  type Continuation,
  type PlanOptions,
  type RequestPlan,
  type Step,
  type StepContext,
  type StepInput,
} from './plan.js';
export {
  bridges,
  bridgeFor,
  planResolveAndFetch,
  planResolveSource,
  resolveAndFetch,
  resolveSource,
  rssBridge,
  substackBridge,
  telegramBridge,
  xBridge,
  type ResolveSourceOptions,
} from './registry.js';
// The feed parser's own surface, as the public conformance harness (../shared/conformance, run from the
// root after a build: `node ../shared/conformance/run.mjs`) and bench/parse score it.
export { decodeBytes } from './feed/encoding.js';
export { normalizeFeedItems } from './feed/normalize.js';
export { parseFeed } from './feed/parse.js';
export { parseXml } from './feed/xml.js';
export { sanitizeHtml } from './sanitize.js';
