// Errors through async layers: try/catch around await catches rejections from deep calls.
async function level3() { await null; throw new TypeError('deep failure'); }
async function level2() { return await level3(); }
async function level1() {
  try {
    await level2();
  } catch (err) {
    console.log('caught at level1:', err.name, err.message);
    return 'recovered';
  }
}
level1().then((v) => console.log('level1 ->', v));
