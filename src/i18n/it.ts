import type { Messages } from './en.js';
import { itConsole } from './it/console.js';
import { itConsoleAdmin } from './it/console-admin.js';
import { itMessages } from './it/messages.js';
import { itProblems } from './it/problems.js';
import { itPublic } from './it/public.js';

export const it: Messages = { ...itPublic, ...itMessages, ...itConsole, ...itConsoleAdmin, ...itProblems };
