import { mkdtempSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_TEMPLATES_DIR,
  EmailTemplateError,
  loadEmailTemplates,
  renderEmail,
} from './email-template';
import type { EmailValues } from './email-template';

const values: EmailValues = {
  customerName: 'Ada <script>alert(1)</script> & "Co"',
  orderNumber: 'WEB-000123',
  carrierName: 'Parcel Co',
  serviceName: 'Ground',
  trackingNumber: 'EZ1000000001',
  trackingUrl: 'https://track.example/?n=EZ1000000001&x="y"',
  parcelIndex: '1',
  parcelCount: '2',
};

describe('email templates', () => {
  it('render every event with the order, carrier and tracking, escaped in the HTML', () => {
    const templates = loadEmailTemplates();
    for (const event of ['shipped', 'out_for_delivery', 'delivered', 'exception'] as const) {
      const email = renderEmail(templates, event, values);
      expect(email.subject).toContain('WEB-000123');
      expect(email.subject).not.toMatch(/\n/);
      expect(email.text).toContain('EZ1000000001');
      expect(email.text).toContain(values.trackingUrl);
      expect(email.html).toContain(
        'Ada &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;',
      );
      expect(email.html).not.toContain('<script>');
      expect(email.html).toContain(
        'href="https://track.example/?n=EZ1000000001&amp;x=&quot;y&quot;"',
      );
      expect(email.text).not.toMatch(/\{\{|\}\}/);
      expect(email.html).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('leaves the link out when the carrier has no tracking page, and keeps the number', () => {
    const email = renderEmail(loadEmailTemplates(), 'shipped', { ...values, trackingUrl: '' });
    expect(email.text).toContain('Tracking number: EZ1000000001');
    expect(email.text).not.toContain('Follow it here');
    expect(email.html).not.toContain('<a ');
  });

  it('keeps a subject to one line whatever the values hold', () => {
    const email = renderEmail(loadEmailTemplates(), 'delivered', {
      ...values,
      orderNumber: 'WEB-1\r\nBcc: everyone@example.com',
    });
    expect(email.subject).toBe('Your order WEB-1 Bcc: everyone@example.com has been delivered');
  });

  it('refuses, naming the file, a misspelt field, an unclosed section and a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wharf-templates-'));
    for (const f of readdirSync(EMAIL_TEMPLATES_DIR)) {
      copyFileSync(join(EMAIL_TEMPLATES_DIR, f), join(dir, f));
    }
    expect(() => loadEmailTemplates(dir)).not.toThrow();
    writeFileSync(join(dir, 'shipped.text'), 'Tracking {{trackingNumbr}}');
    expect(() => loadEmailTemplates(dir)).toThrow(/shipped\.text uses \{\{trackingNumbr\}\}/);
    writeFileSync(join(dir, 'shipped.text'), '{{#trackingUrl}}open');
    expect(() => loadEmailTemplates(dir)).toThrow(EmailTemplateError);
    expect(() => loadEmailTemplates(join(dir, 'nowhere'))).toThrow(/cannot be read/);
  });
});
