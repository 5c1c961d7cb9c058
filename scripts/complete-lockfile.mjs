#!/usr/bin/env node
// Our npm mirror lacks other platforms' optional binaries, so `npm install` leaves them out of
// package-lock.json and `npm ci` then refuses the lock; this records them as optional stubs
// (skipped at install, like on any registry for a non-matching platform).
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${key ? `${key}/` : ""}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    packages[hoisted] = { version, dev: entry.dev, optional: true, ...platformOf(name) };
    added += 1;
  }
}
const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);

function platformOf(name) {
  const os = [
    "android",
    "darwin",
    "freebsd",
    "openbsd",
    "openharmony",
    "win32",
    "linux",
    "sunos",
    "aix",
    "netbsd",
  ].find((o) => name.includes(o));
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el"].find((c) =>
    name.includes(c),
  );
  const result = {};
  if (os) result.os = [os];
  if (cpu) result.cpu = [cpu];
  if (name.includes("musl")) result.libc = ["musl"];
  return result;
}
