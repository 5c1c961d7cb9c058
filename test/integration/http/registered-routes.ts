/** Every `METHOD /path` Fastify registered, read from its route tree (`:id` becomes `{id}` as in OpenAPI). */
export function registeredRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split("\n")) {
    const match = /^(.*?)[├└]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = Math.round((match[1] ?? "").length / 4);
    stack.length = depth;
    const path = `${stack.join("")}${match[2]}`;
    stack.push(match[2] ?? "");
    for (const method of (match[3] ?? "").split(", ")) {
      if (method && method !== "HEAD" && method !== "OPTIONS") {
        routes.push(`${method} ${path.replace(/:(\w+)/g, "{$1}")}`);
      }
    }
  }
  return routes;
}
