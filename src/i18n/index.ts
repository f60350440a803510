import type { Language } from '../domain/language.js';
import { en, type MessageKey, type Messages } from './en.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';

export type { MessageKey, Messages };

export const MESSAGES: Readonly<Record<Language, Messages>> = { en, fr, nl, it };

/** Names of the languages in themselves, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  fr: 'Français',
  nl: 'Nederlands',
  it: 'Italiano',
};

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

export function translator(language: Language): Translate {
  const messages = MESSAGES[language];
  return (key, values) => {
    const message = messages[key];
    // Most messages have no placeholders: they are returned as they are, without a regex pass.
    if (values === undefined || !message.includes('{')) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : String(value);
    });
  };
}

/** Whether a key built at run time (an event type, a status) has words in the message files. */
export function isMessageKey(key: string): key is MessageKey {
  return key in MESSAGES.en;
}
