// Exit codes are taken modulo 256 by the OS.
process.on('exit', (c) => console.log('exit listener sees', c));
process.exit(258);
