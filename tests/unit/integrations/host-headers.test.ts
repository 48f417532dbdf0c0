import { expect, test } from 'vitest';
import { CSP_DIRECTIVES } from '../../../src/data/publish/csp.ts';
import { adminHeaderCsp, headerCsp, hostHeaders } from '../../../src/integrations/host-headers.ts';

const SITE = [
  { name: '2017', folder: true },
  { name: '_astro', folder: true },
  { name: '404.html', folder: false },
  { name: 'favicon.svg', folder: false },
  { name: 'pdf', folder: true },
  { name: 'og', folder: true },
  { name: 'pagefind', folder: true },
  { name: 'admin', folder: true },
];

test('under a base, every rule carries it; hashed assets are immutable, the rest short-lived', () => {
  expect(hostHeaders('/reports/carbon/', SITE))
    .toBe(`# Written by the build (src/integrations/host-headers.ts) for Netlify and Cloudflare Pages.
/reports/carbon/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()
/reports/carbon/_astro/*
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=31536000, immutable
/reports/carbon/
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/2017/*
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/404.html
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/admin/*
  Content-Security-Policy: ${adminHeaderCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/favicon.svg
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/og/*
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/pagefind/*
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
/reports/carbon/pdf/*
  Content-Security-Policy: ${headerCsp()}
  Cache-Control: public, max-age=300
`);
});

test("the header's policy forbids framing and agrees with the pages' own", () => {
  const policy = headerCsp().split('; ');
  expect(policy).toContain("frame-ancestors 'none'");
  for (const directive of CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src')))
    expect(policy).toContain(directive);
  // Scripts and styles are the pages' own policy's (with their hashes): a header without them
  // leaves theirs in force, and one with default-src would block their inline styles.
  expect(policy.some((d) => /^(default|script|style)-src/.test(d))).toBe(false);
});

test("/admin/'s header policy adds the CMS's sources to the site's, for its folder only", () => {
  const policy = adminHeaderCsp().split('; ');
  expect(policy).toContain(
    "connect-src 'self' blob: https://api.github.com http://localhost:8081 http://127.0.0.1:8081",
  );
  expect(policy).toContain("frame-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headerCsp()).not.toMatch(/github|localhost|blob:/);
});
