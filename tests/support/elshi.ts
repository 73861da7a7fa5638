import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What a run of the `elshi` command gave. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real `elshi` command (`node bin/elshi.js`) with no bot token and silent logs,
 * optionally with standard input; returns exit code and output.
 */
export async function elshi(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  const child = run('node', ['bin/elshi.js', ...args], { env: { ...process.env, BOT_TOKEN: '', LOG_LEVEL: 'silent', ...env }, timeout: 60_000 });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CommandResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
