// readline/promises: await rl.question().
const readline = require('readline/promises');
const { Readable } = require('stream');
async function main() {
  const rl = readline.createInterface({ input: Readable.from(['blue\n', 'yes\n']), output: process.stdout });
  const colour = await rl.question('Favourite colour? ');
  console.log('\nYou said', JSON.stringify(colour));
  const sure = await rl.question('Sure? ');
  console.log('\nSure:', sure);
  rl.close();
}
main();
