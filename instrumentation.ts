/**
 * Runs once when a server instance starts. NEXT_RUNTIME is read directly (not through lib/env.ts):
 * the bundler replaces it at build time, which keeps the Node-only check out of the edge bundle.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkProductionSettings } = await import("./lib/server/startup");
    checkProductionSettings();
  }
}
