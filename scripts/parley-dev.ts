// Runs the CLI from source (no build step): `npx tsx scripts/parley-dev.ts <args…>`.
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv);
