import { describe, expect, it } from 'vitest';
import { MailConfigError, readMailConfig } from './mail-config';
import { messageIdFor } from './notification-sender';

describe('readMailConfig', () => {
  it('is off without SMTP_URL, and reads a server and sender when given', () => {
    expect(readMailConfig({})).toBeUndefined();
    expect(readMailConfig({ SMTP_URL: '  ', MAIL_FROM: 'x@y.example' })).toBeUndefined();
    expect(
      readMailConfig({
        SMTP_URL: 'smtp://127.0.0.1:2525',
        MAIL_FROM: 'Shop <orders@shop.example>',
      }),
    ).toEqual({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'Shop <orders@shop.example>' });
  });

  it('refuses a URL that is not SMTP and a missing or malformed sender, naming the setting', () => {
    expect(() => readMailConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 'a@b.example' })).toThrow(
      /SMTP_URL/,
    );
    expect(() => readMailConfig({ SMTP_URL: 'smtp://mail:25' })).toThrow(MailConfigError);
    expect(() =>
      readMailConfig({
        SMTP_URL: 'smtp://mail:25',
        MAIL_FROM: 'Shop <orders@shop.example>\r\nBcc: x',
      }),
    ).toThrow(/MAIL_FROM/);
  });

  it('makes one Message-ID per notification in the sender domain', () => {
    expect(messageIdFor('0190-1', 'Shop <orders@shop.example>')).toBe(
      '<notification-0190-1@shop.example>',
    );
    expect(messageIdFor('0190-1', 'orders@shop.example')).toBe(
      '<notification-0190-1@shop.example>',
    );
  });
});
