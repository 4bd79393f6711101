// Lint rules. The override for lib/domain keeps the pure core free of framework and database imports.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      // Every build directory: .next and the ones named by NEXT_DIST_DIR (.next-node24, .next-e2e…).
      ".next*/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*"], message: "lib/domain is pure: no Next.js." },
            { group: ["react", "react-dom", "react/*"], message: "lib/domain is pure: no React." },
            { group: ["@prisma/*", "**/generated/prisma/**"], message: "lib/domain is pure: no Prisma." },
            {
              group: ["@/lib/server/*", "**/server/*", "server-only"],
              message: "lib/domain may not depend on services.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
];

export default config;
