import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Two builds into web/dist: the app pages (console + admin shell, the widget frame, the demo
 * shop), then `--mode loader` adds the dependency-free /widget.js that shops embed.
 */
export default defineConfig(({ mode }) =>
  mode === "loader"
    ? {
        root,
        publicDir: false,
        build: {
          outDir: "dist",
          emptyOutDir: false,
          lib: {
            entry: resolve(root, "src/loader/widget-loader.ts"),
            name: "KefuWidgetLoader",
            formats: ["iife"],
            fileName: () => "widget.js",
          },
        },
      }
    : {
        root,
        plugins: [react()],
        build: {
          outDir: "dist",
          emptyOutDir: true,
          rollupOptions: {
            input: {
              index: resolve(root, "index.html"),
              widget: resolve(root, "widget.html"),
              demo: resolve(root, "demo.html"),
            },
          },
        },
        // `npx vite web` during development, against `npm start` on :3000.
        server: {
          proxy: { "/api": { target: "http://127.0.0.1:3000", ws: true }, "/widget.js": "http://127.0.0.1:3000" },
        },
      },
);
