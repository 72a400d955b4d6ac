// The shared package build: ESM + CJS + declarations, and the CLI.
export { default } from "../../scripts/tsup-package.js";
