// The shared package build: ESM + CJS + declarations for "." and "./export", and the CLI.
import { packageBuild } from "../../scripts/tsup-package.js";

export default packageBuild({ index: "src/index.ts", export: "src/export/index.ts" });
