/**
 * Test double for a pool child: answers each task after `ms` milliseconds with its process id,
 * never answers a task with `hang`, and dies on a task with `crash`.
 */
process.on('message', (task: { id: number; ms: number; hang?: boolean; crash?: boolean }) => {
  if (task.crash) process.exit(3);
  if (task.hang) return;
  setTimeout(() => process.send?.({ id: task.id, pid: process.pid }), task.ms);
});
process.on('disconnect', () => process.exit(0));
