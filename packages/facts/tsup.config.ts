// The shared package build: ESM + CJS + declarations, and the CLI.
import { packageBuild } from "../../scripts/tsup-package.js";

export default packageBuild();
