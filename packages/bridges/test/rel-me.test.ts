/** rel="me" checks on a creator's home page (one of the project's test inputs). */
import { input } from '@tributary/test-support';
import { relMeChecks } from './checks/rel-me.checks.js';

relMeChecks(input, 'html/home.html');
