// Throwing a plain object: node inspects it on stderr and exits 1.
throw { code: 'E_CUSTOM', detail: 42 };
