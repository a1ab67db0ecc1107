// process.exitCode set inside an 'exit' listener becomes the final exit code.
process.on('exit', (code) => {
  console.log('exit with', code);
  process.exitCode = 6;
});
