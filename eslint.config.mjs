import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures hand their value to a callback named `use`, which is no React hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    // Settings are read once, validated, in lib/env.ts. instrumentation.ts keeps Next's documented
    // NEXT_RUNTIME check, which the bundler replaces at build time.
    files: ["app/**", "lib/**", "components/**", "proxy.ts", "prisma/seed.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings from `env` in lib/env.ts." }],
    },
  },
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", ".data/**", "next-env.d.ts", ".stryker-tmp/**", "reports/**"] },
];

export default config;
