import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';

// Tests never touch the developer's .data directory nor its secrets.
process.env.DATA_DIR ??= path.join(os.tmpdir(), 'vawg-insight-test-data');
process.env.IMPORT_HASH_SECRET ??= 'test-import-hash-secret-0123456789';
process.env.JWT_SECRET ??= 'test-jwt-secret-0123456789abcdef';
process.env.TZ = 'Europe/London';
