// Next.js configuration. authInterrupts enables forbidden() for 403 pages. NEXT_DIST_DIR lets
// several builds (e.g. parallel test runs) live side by side.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: { authInterrupts: true },
  // Everything else gets its security headers in proxy.ts; static assets skip the proxy.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "bcryptjs",
    "nodemailer",
    "smtp-server",
    "mailparser",
  ],
};

export default nextConfig;
