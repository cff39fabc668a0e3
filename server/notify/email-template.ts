import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NOTIFICATION_EVENTS } from './notification-event';
import type { NotificationEvent } from './notification-event';

/** The repository's templates; a packaged head office passes its own folder. */
export const EMAIL_TEMPLATES_DIR = fileURLToPath(
  new URL('../../resources/email-templates', import.meta.url),
);

/** What a template may show. `{{name}}` prints one; `{{#name}}…{{/name}}` shows only when set. */
export const EMAIL_FIELDS = [
  'customerName',
  'orderNumber',
  'carrierName',
  'serviceName',
  'trackingNumber',
  'trackingUrl',
  'parcelIndex',
  'parcelCount',
] as const;
export type EmailField = (typeof EMAIL_FIELDS)[number];
export type EmailValues = Readonly<Record<EmailField, string>>;

const PARTS = ['subject', 'text', 'html'] as const;
type Part = (typeof PARTS)[number];
export type EmailTemplates = Readonly<Record<NotificationEvent, Readonly<Record<Part, string>>>>;
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export class EmailTemplateError extends Error {
  override readonly name = 'EmailTemplateError';
}

const TAG = /\{\{([#^/]?)([A-Za-z]+)\}\}/g;
const fields: ReadonlySet<string> = new Set(EMAIL_FIELDS);

/**
 * Reads <event>.subject, .text and .html for every event and checks them at start-up, so a
 * misspelt placeholder or an unclosed section stops the head office with the file named rather
 * than sending a customer "{{trackingNumbr}}".
 */
export function loadEmailTemplates(dir = EMAIL_TEMPLATES_DIR): EmailTemplates {
  const entries = NOTIFICATION_EVENTS.map((event) => {
    const parts = PARTS.map((part) => {
      const file = join(dir, `${event}.${part}`);
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (error) {
        throw new EmailTemplateError(
          `The email template ${file} cannot be read (${error instanceof Error ? error.message : String(error)}); restore it from resources/email-templates`,
        );
      }
      checkTemplate(file, source);
      return [part, part === 'subject' ? source.trim() : source] as const;
    });
    return [event, Object.fromEntries(parts) as Record<Part, string>] as const;
  });
  return Object.fromEntries(entries) as Record<NotificationEvent, Record<Part, string>>;
}

function checkTemplate(file: string, source: string): void {
  const open: string[] = [];
  for (const match of source.matchAll(TAG)) {
    const [tag, kind, name = ''] = match;
    if (!fields.has(name)) {
      throw new EmailTemplateError(
        `${file} uses ${tag}, which is not a field; use one of ${EMAIL_FIELDS.join(', ')}`,
      );
    }
    if (kind === '#' || kind === '^') open.push(name);
    if (kind === '/' && open.pop() !== name) {
      throw new EmailTemplateError(`${file} closes {{/${name}}} without opening it`);
    }
  }
  if (open.length > 0)
    throw new EmailTemplateError(`${file} never closes {{#${open.join('}}, {{#')}}}`);
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function fill(source: string, values: EmailValues, escape: (v: string) => string): string {
  const SECTION = /\{\{([#^])([A-Za-z]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
  const withSections = source.replace(
    SECTION,
    (_all, kind: string, name: EmailField, body: string) => {
      const set = values[name] !== '';
      return (kind === '#') === set ? body : '';
    },
  );
  return withSections.replace(TAG, (_all, _kind: string, name: EmailField) => escape(values[name]));
}

/** The email for an event: values are escaped in the HTML, and a subject is one line. */
export function renderEmail(
  templates: EmailTemplates,
  event: NotificationEvent,
  values: EmailValues,
): RenderedEmail {
  const t = templates[event];
  const oneLine = (v: string) => v.replace(/[\r\n\t]+/g, ' ');
  return {
    subject: oneLine(fill(t.subject, values, oneLine)).trim(),
    text: fill(t.text, values, (v) => v),
    html: fill(t.html, values, escapeHtml),
  };
}
