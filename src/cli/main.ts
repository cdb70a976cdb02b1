// Entry point. `dijkwacht --version` answers before anything else loads (start-up target ≤ 0.3 s);
// every other invocation loads the command tree, and each command loads its heavy modules itself.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { toolVersion } = await import('../core/version.js');
  process.stdout.write(`${toolVersion}\n`);
} else {
  await import('./program.js');
}
