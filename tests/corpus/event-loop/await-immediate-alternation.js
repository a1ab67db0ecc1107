// Two async loops that each await a setImmediate per step alternate, one step per check phase.
async function loop(name) {
  for (let i = 0; i < 3; i++) {
    console.log(name, i);
    await new Promise((r) => setImmediate(r));
  }
}
loop('A');
loop('B');
