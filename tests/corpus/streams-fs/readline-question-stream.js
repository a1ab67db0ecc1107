// rl.question with a stream as input and process.stdout as output.
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['Alice\n30\n']), output: process.stdout });
rl.question('Name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.question('Age? ', (age) => {
    console.log(`In ten years you will be ${Number(age) + 10}.`);
    rl.close();
  });
});
rl.on('close', () => {
  console.log('closed', rl.closed);
  try {
    rl.question('again?', () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
});
