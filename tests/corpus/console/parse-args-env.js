// util.parseArgs and util.parseEnv.
const { parseArgs, parseEnv } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v', multiple: true },
  name: { type: 'string', short: 'n', default: 'world' },
  tag: { type: 'string', multiple: true },
};
console.log(parseArgs({ args: ['-vv', '--name', 'node', '--tag=a', '--tag', 'b', 'file.txt'], options, allowPositionals: true }));
console.log(parseArgs({ args: ['-nscope', '--', '--not-an-option'], options, allowPositionals: true, tokens: true }));
console.log(parseArgs({ args: [], options }));
for (const args of [['--nope'], ['positional'], ['--name'], ['--verbose=yes']]) {
  try {
    parseArgs({ args, options });
  } catch (err) {
    console.log(err.code, '-', err.message);
  }
}
console.log(parseEnv('# settings\nHOST=localhost\nPORT=8080 # inline comment\nexport MODE=dev\nGREETING="hello\\nworld"\nRAW=\'single $quoted\''));
