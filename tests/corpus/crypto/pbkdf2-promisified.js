// util.promisify(crypto.pbkdf2) with async/await, and the event loop keeps running meanwhile.
const crypto = require('crypto');
const util = require('util');
const pbkdf2 = util.promisify(crypto.pbkdf2);

async function hashPassword(password) {
  const salt = Buffer.from('0123456789abcdef', 'hex');
  const key = await pbkdf2(password, salt, 10000, 32, 'sha256');
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}

async function main() {
  const ticker = setInterval(() => {}, 1);
  const stored = await hashPassword('correct horse');
  console.log('stored', stored);
  const [saltHex, keyHex] = stored.split(':');
  for (const attemptPw of ['correct horse', 'wrong horse']) {
    const key = await pbkdf2(attemptPw, Buffer.from(saltHex, 'hex'), 10000, 32, 'sha256');
    console.log(attemptPw, crypto.timingSafeEqual(key, Buffer.from(keyHex, 'hex')));
  }
  clearInterval(ticker);
}
main();
