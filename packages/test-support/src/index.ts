export { FIXTURES_DIR, fixture } from './fixtures.js';
export { createTcpProxy, type TcpProxy } from './tcp-proxy.js';
