import { renderToString } from 'preact-render-to-string';
import type { Language } from '../domain/language.js';
import type { RenderedEmail } from './acknowledgement-email.js';
import type { MessageWords } from './customer-message-text.js';

/**
 * An email made of a greeting, paragraphs and a signature, as text and HTML. Every value is text
 * (Preact escapes it in the HTML part), so what a staff member typed can never become markup.
 */
export function plainEmail(words: MessageWords, language: Language): RenderedEmail {
  const text = [words.greeting, '', ...words.paragraphs.flatMap((p) => [p, '']), words.signature].join('\n');
  const html = renderToString(
    <html lang={language}>
      <body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b;">
        <p>{words.greeting}</p>
        {words.paragraphs.map((paragraph, index) => (
          <p key={index} style="white-space: pre-line;">
            {paragraph}
          </p>
        ))}
        <p>{words.signature}</p>
      </body>
    </html>,
  );
  return { subject: words.subject, text, html: `<!doctype html>${html}` };
}
