/**
 * The two seams actions read from outside, for tests that send email: the environment (is SMTP
 * configured, where) and the request (its origin and address). env() is parsed once and cached, so
 * a test swaps the module's answer rather than process.env; a null request falls through to the
 * real next/headers, which throws outside a request, as it does for a script. Every integration
 * test file has them wired in (./seams-setup.ts, vitest.config.ts); a test sets `seams`.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import type * as EnvModule from "@/lib/env";
import type * as HeadersModule from "next/headers";
import { startSmtp, type ReceivedMail } from "./smtp";

export const seams = {
  smtpUrl: undefined as string | undefined,
  request: null as Headers | null,
};

export function envWithSeams(actual: typeof EnvModule): typeof EnvModule {
  return { ...actual, env: () => ({ ...actual.env(), SMTP_URL: seams.smtpUrl }) };
}

export function headersWithSeams(actual: typeof HeadersModule): typeof HeadersModule {
  // A Headers stands in for Next's read-only one: the code under test only reads it.
  const headers = () => (seams.request ? Promise.resolve(seams.request) : actual.headers());
  return { ...actual, headers };
}

/** A real SMTP server on loopback for one test file; the seams are reset after each test. */
export function testSmtpServer(): { readonly url: string; readonly received: ReceivedMail[] } {
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterEach(() => {
    seams.smtpUrl = undefined;
    seams.request = null;
    if (smtp) smtp.received.length = 0;
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const started = () => {
    if (!smtp) throw new Error("The test SMTP server starts in beforeAll.");
    return smtp;
  };
  return {
    get url() {
      return started().url;
    },
    get received() {
      return started().received;
    },
  };
}
