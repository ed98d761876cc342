import { Command, CommanderError } from 'commander';
import { isVigilError, messageOf } from '../core/errors.ts';
import { registerIngest } from './ingest.command.ts';
import { registerQuarantine } from './quarantine.command.ts';
import { registerSearch } from './search.command.ts';
import { registerStats } from './stats.command.ts';
import { registerServe } from './serve.command.ts';
import { registerUser } from './user.command.ts';
import { registerAudit } from './audit.command.ts';
import { registerAnalyze } from './analyze.command.ts';
import { registerLeads } from './leads.command.ts';
import { registerPersons } from './persons.command.ts';
import { registerSynth } from './synth.command.ts';
import { registerDedupe } from './dedupe.command.ts';
import { registerMedia } from './media.command.ts';
import { registerVerify } from './verify.command.ts';
import { registerEval } from './eval.command.ts';
import { registerDemo } from './demo.command.ts';
import { registerExport } from './export.command.ts';
import { registerPackage } from './package.command.ts';
import { registerNetworks } from './networks.command.ts';
import { registerDiff } from './diff.command.ts';
import { packageInputsFromStore } from '../packages/from-store.ts';
import { networkPackageInputs } from '../packages/network-inputs.ts';
import { withStore } from './context.ts';

/**
 * The `vigil` command line (shared/spec/cli.md). Exit status: 0 success, 1 failure with one sentence
 * on stderr, 2 usage error.
 */
export function buildProgram(): Command {
  const program = new Command('vigil')
    .description('Vigil: ranked, explained leads on buyers from seized chat, payment and IP records')
    .option('--case <dir>', 'the case folder (default $VIGIL_CASE or ./case)')
    .option('--store <url>', 'keep the case in PostgreSQL instead (postgres://...)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of [
    registerIngest,
    registerSearch,
    registerStats,
    registerQuarantine,
    registerServe,
    registerUser,
    registerAudit,
    registerSynth,
    registerAnalyze,
    registerLeads,
    registerPersons,
    registerDedupe,
    registerMedia,
    registerVerify,
    registerEval,
    registerDemo,
    registerExport,
    registerNetworks,
    registerDiff,
  ])
    register(program);
  registerPackage(program, {
    // buyer packages per country, and one package per seller network for the country it operates
    // in. Networks have no approval step of their own, so they go out only with a dissemination:
    // while no lead is approved (and no override given) nothing is packaged.
    loadInputs: (cmd, request) =>
      withStore(cmd, async (store) => {
        const buyers = await packageInputsFromStore(store, request);
        if (buyers.length === 0 && request.override === undefined) return [];
        return [...buyers, ...(await networkPackageInputs(store, request))];
      }),
    onBuilt: (cmd, built) =>
      withStore(cmd, async (store) => {
        await store.audit.append({
          user: 'cli',
          action: 'package.build',
          object: built.country,
          details: {
            dir: built.dir,
            leads: built.leads,
            networks: built.networks,
            manifest_sha256: built.manifestSha256,
            key_id: built.keyId,
          },
        });
      }),
  });
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  // `vigil leads | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (isVigilError(e)) {
      process.stderr.write(`vigil: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(
      `vigil: internal error: ${messageOf(e)}\n${e instanceof Error ? (e.stack ?? '') : ''}\n`,
    );
    return 1;
  }
}

const isEntry = process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) process.exitCode = await main(process.argv.slice(2));
