import { type UserConfig } from 'vitest/config';

/** The vitest configuration of the NestJS apps (see nest.js). */
export declare function nestTestConfig(): UserConfig;
