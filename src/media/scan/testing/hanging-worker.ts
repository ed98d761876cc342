import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Test double for a pool child whose decoder hangs: starts a long `sleep`, records its pid, never answers. */
process.on('message', (task: { id: number; pidFile: string }) => {
  const child = spawn('sleep', ['120'], { stdio: 'ignore' });
  writeFileSync(task.pidFile, String(child.pid));
});
