// An uncaught ERR_CRYPTO_HASH_FINALIZED ends the process with exit code 1.
const crypto = require('crypto');

const hash = crypto.createHash('sha256').update('once');
console.log(hash.digest('hex'));
console.log(hash.digest('hex'));
