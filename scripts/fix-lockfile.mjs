/**
 * The npm registry reachable from our build machines mirrors only Linux builds of native packages, so
 * `npm install` here leaves the other platforms' optional packages out of package-lock.json, and
 * `npm ci` then calls the lock file out of sync. This adds the missing optional entries, marked for
 * their own os/cpu, so `npm ci` skips them here and installs them on a developer's Mac or Windows.
 * Run after `npm install` changes the lock file: npm run lockfile:fix   (`--check` only reports).
 */
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const OS = ["darwin", "win32", "linux", "android", "freebsd", "openbsd", "sunos", "aix", "netbsd", "wasi"];
const CPU = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32", "mips64el"];

function platform(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((o) => parts.includes(o) || (o === "win32" && parts.includes("windows")));
  const cpu = CPU.find((c) => parts.includes(c) || (c === "arm" && parts.includes("armv7")) || (c === "arm" && parts.includes("gnueabihf")));
  return { os, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (lock.packages[nested] || lock.packages[hoisted]) continue;
    const { os, cpu } = platform(dep);
    lock.packages[hoisted] = {
      version: version.replace(/^[\^~=]/, ""),
      optional: true,
      ...(os && os !== "wasi" ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added += 1;
  }
}
if (process.argv.includes("--check")) {
  if (added) console.error(`package-lock.json lacks ${added} optional platform entries: run npm run lockfile:fix`);
  process.exit(added ? 1 : 0);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} optional platform entr${added === 1 ? "y" : "ies"}.`);
