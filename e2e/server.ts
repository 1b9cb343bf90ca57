/**
 * A production server of this build (`next build` ran before the end-to-end step), started as its
 * own process: one per Playwright worker, and the extra ones the instance and settings tests need.
 */
import { spawn } from "node:child_process";
import path from "node:path";

const NEXT = path.join("node_modules", "next", "dist", "bin", "next");

export const TEST_SECRET = "e2e-secret-not-for-production-use-only-in-tests";

export interface NextServer {
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once /api/health answers 200; rejects when the server exits first or the time runs out. */
  ready(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startNextServer(port: number, env: Record<string, string | undefined>): NextServer {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [NEXT, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: url, ...env },
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve((exitCode = code))));
  return {
    url,
    output: () => output,
    exited,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (exitCode !== undefined) throw new Error(`The server on port ${port} exited with ${exitCode}:\n${output}`);
        const status = await fetch(`${url}/api/health`).then((r) => r.status, () => 0);
        if (status === 200) return;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`The server on port ${port} did not answer within ${timeoutMs} ms:\n${output}`);
    },
    async stop() {
      if (exitCode === undefined) child.kill("SIGTERM");
      await exited;
    },
  };
}
