import { CLI_USAGE, parseCliArgs } from './cli-args';
import { startSandbox } from './index';

/** `npm run sandbox -- --port N --data FILE --app-id ID --app-password PW`: the sandbox, standalone. */

async function main(): Promise<void> {
  const opts = parseCliArgs(process.argv.slice(2));
  if (!opts) {
    console.error(CLI_USAGE);
    process.exit(2);
  }
  const sandbox = await startSandbox(opts);
  console.log(`Updox sandbox listening: ${sandbox.apiBase}`);
  console.log(
    `Vendor credentials: applicationId=${sandbox.credentials.applicationId} applicationPassword=${sandbox.credentials.applicationPassword}`,
  );
  console.log(
    `Control plane (loopback only): ${sandbox.origin}/_sandbox/ (GET state; POST reset, vendor, sms, clock, verification, faults)`,
  );
  console.log(
    opts.dataFile ? `State file: ${opts.dataFile}` : 'State: in memory (use --data FILE to keep it)',
  );
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`sandbox: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
