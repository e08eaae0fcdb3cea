/** rel="me" checks on a real page (the recorded Telegram channel page). */
import { readFixture } from './helpers/corpus.js';
import { relMeChecks } from './checks/rel-me.checks.js';

relMeChecks(readFixture, 'telegram/any2feed/full.html');
