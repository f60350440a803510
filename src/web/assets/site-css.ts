/**
 * The one stylesheet of the customer pages, kept as a module so the build ships it without a copy
 * step. Plain, high-contrast, readable at phone widths, with visible keyboard focus (WCAG 2.2 AA).
 */
export const SITE_CSS = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --line: #c9c9c9; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; font: 1.0625rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible {
  outline: 3px solid #b35c00; outline-offset: 2px;
}
.skip-link { position: absolute; left: -999px; top: 0; padding: .5rem 1rem; background: #fff; }
.skip-link:focus { left: 1rem; }
.site-header, main, .site-footer { max-width: 48rem; margin: 0 auto; padding: 1rem; }
.site-header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; border-bottom: 1px solid var(--line); }
.site-name { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--ink); }
.language-switch { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; margin: 0; padding: 0; }
.language-switch a[aria-current="true"] { font-weight: 700; text-decoration: none; color: var(--ink); }
h1 { font-size: 1.75rem; line-height: 1.25; }
.choices { list-style: none; padding: 0; display: grid; gap: .75rem; }
.choices li { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; }
.choices a { font-size: 1.125rem; font-weight: 600; }
.choices p { margin: .25rem 0 0; color: var(--muted); }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9375rem; }
.site-footer ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
form { display: grid; gap: 1.25rem; }
.form-section { display: grid; gap: 1.25rem; border-top: 1px solid var(--line); padding-top: .5rem; }
.form-section h2 { font-size: 1.25rem; margin: .5rem 0 0; }
.field { display: grid; gap: .35rem; margin: 0; padding: 0; border: 0; min-width: 0; }
fieldset.field legend { font-weight: 600; padding: 0; margin-bottom: .35rem; }
.field > label { font-weight: 600; }
.optional { font-weight: 400; color: var(--muted); }
.hint { margin: 0; color: var(--muted); font-size: .9375rem; }
input[type="text"], input[type="email"], input[type="tel"], select, textarea {
  font: inherit; width: 100%; max-width: 36rem; padding: .5rem .6rem; border: 2px solid #5a5a5a; border-radius: .25rem; background: #fff; color: var(--ink);
}
textarea { resize: vertical; }
.radio { display: flex; gap: .5rem; align-items: flex-start; margin: .25rem 0; }
.radio input { width: 1.25rem; height: 1.25rem; margin-top: .2rem; flex: none; }
.has-error input, .has-error select, .has-error textarea { border-color: #b00020; }
.field-error { margin: 0; color: #b00020; font-weight: 600; }
.error-summary { border: 3px solid #b00020; padding: .75rem 1rem; border-radius: .25rem; }
.error-summary h2 { font-size: 1.125rem; margin: 0 0 .5rem; }
.error-summary a { color: #b00020; font-weight: 600; }
button[type="submit"] { justify-self: start; font: inherit; font-weight: 600; padding: .65rem 1.5rem; border: 0; border-radius: .25rem; background: var(--accent); color: #fff; cursor: pointer; }
.tracking { border: 2px solid var(--accent); border-radius: .5rem; padding: .75rem 1rem; }
.tracking h2 { font-size: 1rem; margin: 0; }
.tracking-number { font-size: clamp(1.75rem, 8vw, 2.75rem); font-weight: 700; letter-spacing: .08em; margin: .25rem 0; user-select: all; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.procedure li { margin-bottom: .5rem; }
`;
