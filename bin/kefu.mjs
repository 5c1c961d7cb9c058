#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so a fresh checkout needs no build step.
import { register } from "tsx/esm/api";

register();
await import("../src/drivers/cli/main.ts");
