import type { Messages } from './en.js';
import { nlConsole } from './nl/console.js';
import { nlConsoleAdmin } from './nl/console-admin.js';
import { nlMessages } from './nl/messages.js';
import { nlProblems } from './nl/problems.js';
import { nlPublic } from './nl/public.js';

export const nl: Messages = { ...nlPublic, ...nlMessages, ...nlConsole, ...nlConsoleAdmin, ...nlProblems };
