/**
 * English: the reference messages, in five files by area under `en/`. Every other language has
 * exactly these keys, area by area (the compiler checks it through the `…Messages` types, a test
 * checks it again at run time). `{name}` marks a value filled in by `translate`.
 */
import { enConsole } from './en/console.js';
import { enConsoleAdmin } from './en/console-admin.js';
import { enMessages } from './en/messages.js';
import { enProblems } from './en/problems.js';
import { enPublic } from './en/public.js';

/** Parts by area (each file one area); together, the reference. */
export const en = {
  ...enPublic,
  ...enMessages,
  ...enConsole,
  ...enConsoleAdmin,
  ...enProblems,
} as const;

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
export type PublicMessages = { readonly [K in keyof typeof enPublic]: string };
export type MailMessages = { readonly [K in keyof typeof enMessages]: string };
export type ConsoleMessages = { readonly [K in keyof typeof enConsole]: string };
export type ConsoleAdminMessages = { readonly [K in keyof typeof enConsoleAdmin]: string };
export type ProblemMessages = { readonly [K in keyof typeof enProblems]: string };
