// Invalid URLs throw ERR_INVALID_URL with the input (and base) on the error.
const cases = [['foo'], [''], ['http://'], ['http://exa mple.com'], ['/relative', 'not a base'], ['http://a.com:99999'], ['http://[::1'], ['https://a..b:x/']];
for (const args of cases) {
  try {
    const u = new URL(...args);
    console.log('ok', u.href);
  } catch (e) {
    console.log(e instanceof TypeError, e.name, e.code, e.message, JSON.stringify(e.input), 'base' in e ? JSON.stringify(e.base) : '-', String(e));
  }
}
try { new URL(); } catch (e) { console.log(e.code, e.message); }
