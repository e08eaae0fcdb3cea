import { type BridgeOptions } from './types.js';

export const DEFAULT_TELEGRAM_BASE_URL = 'https://t.me';
export const DEFAULT_X_API_BASE_URL = 'https://api.x.com';
export const DEFAULT_SUBSTACK_URL_TEMPLATE = 'https://{name}.substack.com';
export const DEFAULT_SUBSTACK_API_BASE_URL = 'https://substack.com';
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_ITEMS = 500;
export const DEFAULT_VERIFY_RECENT_ITEMS = 20;

export interface ResolvedOptions {
  telegramBaseUrl: string;
  xApiBaseUrl: string;
  xBearerToken: string | null;
  nitterBaseUrl: string | null;
  substackUrlTemplate: string;
  substackApiBaseUrl: string;
  maxBodyBytes: number;
  maxItems: number;
  verifyRecentItems: number;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

export function optionsOf(ctx: BridgeOptions): ResolvedOptions {
  return {
    telegramBaseUrl: trimSlash(ctx.telegramBaseUrl || DEFAULT_TELEGRAM_BASE_URL),
    xApiBaseUrl: trimSlash(ctx.xApiBaseUrl || DEFAULT_X_API_BASE_URL),
    xBearerToken: ctx.xBearerToken || null,
    nitterBaseUrl: ctx.nitterBaseUrl ? trimSlash(ctx.nitterBaseUrl) : null,
    substackUrlTemplate: trimSlash(ctx.substackUrlTemplate || DEFAULT_SUBSTACK_URL_TEMPLATE),
    substackApiBaseUrl: trimSlash(ctx.substackApiBaseUrl || DEFAULT_SUBSTACK_API_BASE_URL),
    maxBodyBytes: ctx.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxItems: ctx.maxItems ?? DEFAULT_MAX_ITEMS,
    verifyRecentItems: ctx.verifyRecentItems ?? DEFAULT_VERIFY_RECENT_ITEMS,
  };
}
