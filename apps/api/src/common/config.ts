import { type ApiConfig } from '@tributary/config';

/** Injection token of the validated API configuration (see @tributary/config). */
export const API_CONFIG = Symbol('API_CONFIG');
export type { ApiConfig };
