// process.exit() without an argument uses process.exitCode.
process.exitCode = 4;
setImmediate(() => process.exit());
