import { ANSWER_COMMANDS } from './answer-commands.js';
import type { CaseCommandEntry } from './case-command.js';
import { CASEWORK_COMMANDS } from './casework-commands.js';
import { IDENTITY_COMMANDS } from './identity-commands.js';

/**
 * Every step staff can take on a case, once. The API's routes and the console's forms are made
 * from these entries; a new step is added to one of the three files (its words go in `src/i18n`).
 */
export const CASE_COMMANDS = {
  ...CASEWORK_COMMANDS,
  ...IDENTITY_COMMANDS,
  ...ANSWER_COMMANDS,
} as const satisfies Record<string, CaseCommandEntry>;

export type CaseCommandName = keyof typeof CASE_COMMANDS;

export function isCaseCommandName(name: string): name is CaseCommandName {
  return Object.hasOwn(CASE_COMMANDS, name);
}
