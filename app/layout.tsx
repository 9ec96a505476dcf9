import type { Metadata, Viewport } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Step-Down", template: "%s · Step-Down" },
  description:
    "Prescribe, time and review the 4-3-2-1 lap step-down interval session for a whole squad.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// zod builds its fast object parsers with `new Function`. It checks whether that is allowed by
// trying it once, and a CSP without 'unsafe-eval' reports that try as a violation even though
// zod catches it. Jitless mode skips the probe; zod reads this global config when it loads,
// and this script runs before any module of the app does (their data comes later in the page).
const ZOD_JITLESS = "globalThis.__zod_globalConfig = { jitless: true };";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request: a page prerendered at build time
  // would carry no nonce, and the Content-Security-Policy (proxy.ts) would block its scripts.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ZOD_JITLESS }} />
      </head>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
