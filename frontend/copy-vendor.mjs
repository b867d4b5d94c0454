// Copy the browser builds the dashboard uses from node_modules into gateway/static/vendor/.
// Run by `make vendor` after `npm ci`; the pages load them from there (no CDN at run time).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "gateway", "static", "vendor");
const files = [
  ["chart.js", "dist/chart.umd.min.js", "chart.umd.min.js"],
  ["chart.js", "LICENSE.md", "chart.js.LICENSE.md"],
];

mkdirSync(target, { recursive: true });
const versions = [];
for (const [pkg, source, name] of files) {
  copyFileSync(join(here, "node_modules", pkg, source), join(target, name));
  const { version } = JSON.parse(readFileSync(join(here, "node_modules", pkg, "package.json")));
  versions.push(`${name} <- ${pkg}@${version}/${source}`);
}
writeFileSync(join(target, "VERSIONS.txt"), versions.join("\n") + "\n");
console.log(`vendored into ${target}:\n  ${versions.join("\n  ")}`);
