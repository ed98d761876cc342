import { join } from 'node:path';
import type { Command } from 'commander';
import { verifyPackage } from '../packages/verify-package.ts';
import { globals, print, printJson } from './context.ts';

interface VerifyOptions {
  readonly json?: boolean;
  readonly trust?: string[];
}

/** `vigil verify DIR`: exit 0 only when every file matches the manifest and the signature is valid. */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description("check a package's manifest and signature; exit 0 only if intact")
    .argument('<dir>', 'the package folder (e.g. out/DE)')
    .option('--trust <keyIds...>', 'also require the signature to come from one of these key ids')
    .option('--json', 'print { ok, problems, key_id, files } as JSON')
    .action(async (dir: string, opts: VerifyOptions, cmd: Command) => {
      const result = await verifyPackage(dir, opts.trust === undefined ? {} : { trustedKeyIds: opts.trust });
      if (!result.ok) process.exitCode = 1;
      if (opts.json === true || globals(cmd).json === true) {
        return printJson({
          ok: result.ok,
          problems: result.problems,
          key_id: result.keyId,
          files: result.files,
        });
      }
      if (result.ok)
        return print(
          `${dir}: intact, ${result.files} files match manifest.json, signed by key ${result.keyId ?? ''}`,
        );
      for (const p of result.problems)
        process.stderr.write(`${p.file === '.' ? dir : join(dir, p.file)}: ${p.problem}\n`);
    });
}
