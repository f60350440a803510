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
input[type="text"], input[type="email"], input[type="tel"], input[type="date"], input[type="password"], input[type="search"], select, textarea {
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
button[type="submit"], .button { justify-self: start; font: inherit; font-weight: 600; padding: .65rem 1.5rem; border: 0; border-radius: .25rem; background: var(--accent); color: #fff; cursor: pointer; }
.tracking { border: 2px solid var(--accent); border-radius: .5rem; padding: .75rem 1rem; }
.tracking h2 { font-size: 1rem; margin: 0; }
.tracking-number { font-size: clamp(1.75rem, 8vw, 2.75rem); font-weight: 700; letter-spacing: .08em; margin: .25rem 0; user-select: all; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.procedure li { margin-bottom: .5rem; }
/* The staff console: wider, denser, the same colours and focus. */
body.console .site-header, body.console main, body.console .site-footer { max-width: 80rem; }
.console-nav { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; list-style: none; margin: 0; padding: 0; }
.console-nav form { display: inline; }
.link-button { font: inherit; background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; }
.link-button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
.who { color: var(--muted); font-size: .9375rem; }
.notice { border-left: 6px solid var(--accent); background: #eef4fa; padding: .75rem 1rem; }
.notice.problem { border-color: #b00020; background: #fdf0f2; }
.views { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; }
.views a[aria-current="page"] { font-weight: 700; color: var(--ink); text-decoration: none; }
.queue-filters { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: end; }
.queue-filters .field { min-width: 10rem; }
.queue-filters select, .queue-filters input { max-width: 16rem; }
.checkbox { display: flex; gap: .5rem; align-items: center; }
.checkbox input { width: 1.25rem; height: 1.25rem; }
table.queue { width: 100%; border-collapse: collapse; font-size: .9375rem; table-layout: fixed; }
table.queue th, table.queue td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; vertical-align: top; }
table.queue th { font-weight: 700; }
table.queue col.tn { width: 11rem; }
.late { color: #b00020; font-weight: 700; }
.case-grid { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; }
@media (max-width: 60rem) { .case-grid { grid-template-columns: 1fr; } }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.timeline { list-style: none; padding: 0; display: grid; gap: .75rem; }
.timeline li { border-left: 4px solid var(--line); padding: .25rem .75rem; }
.timeline li.visible { border-color: var(--accent); }
.timeline .meta { color: var(--muted); font-size: .875rem; }
.badge { display: inline-block; font-size: .8125rem; padding: 0 .4rem; border: 1px solid currentColor; border-radius: .25rem; margin-left: .25rem; }
.quote { white-space: pre-line; margin: .25rem 0 0; }
.stored-message { margin: .25rem 0 0; }
.mail-to-sort { list-style: none; padding: 0; }
.mail-to-sort > li { border: 1px solid var(--line); border-radius: .25rem; padding: .75rem; margin-bottom: 1rem; }
.mail-to-sort h2 { font-size: 1.125rem; margin: 0; }
.document .thumbnail { object-fit: cover; border: 1px solid var(--line); vertical-align: middle; margin-right: .5rem; }
.stored-message pre { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #f4f4f4; padding: .5rem; }
details.action { border: 1px solid var(--line); border-radius: .25rem; padding: .5rem .75rem; margin-bottom: .5rem; }
details.action summary { font-weight: 600; cursor: pointer; }
details.action form { margin-top: .75rem; }
.preview { border: 2px dashed var(--accent); padding: .75rem 1rem; white-space: pre-line; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.actions-inline { display: flex; flex-wrap: wrap; gap: .75rem; }
.legend { margin-right: 1rem; white-space: nowrap; }
.swatch { display: inline-block; width: .9rem; height: .9rem; vertical-align: middle; }
`;
