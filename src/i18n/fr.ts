import type { Messages } from './en.js';
import { frConsole } from './fr/console.js';
import { frConsoleAdmin } from './fr/console-admin.js';
import { frMessages } from './fr/messages.js';
import { frProblems } from './fr/problems.js';
import { frPublic } from './fr/public.js';

export const fr: Messages = { ...frPublic, ...frMessages, ...frConsole, ...frConsoleAdmin, ...frProblems };
