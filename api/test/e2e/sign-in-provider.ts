// An OpenID Connect provider on loopback for the sign-in tests: oidc-provider (ESM, which jest
// cannot load) in its own process. Started by startTestProvider; as a script it reads its clients
// and accounts from SIGN_IN_TEST_PROVIDER (JSON) and prints the issuer once it listens.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { developmentProvider, type DevelopmentAccount, type DevelopmentClient } from '../../src/sign-in/development-provider';

export interface TestProvider {
  issuer: string;
  stop(): Promise<void>;
}

export async function startTestProvider(setup: { clients: DevelopmentClient[]; accounts: DevelopmentAccount[] }): Promise<TestProvider> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', __filename], {
    cwd: path.resolve(__dirname, '..', '..'),
    env: { ...process.env, SIGN_IN_TEST_PROVIDER: JSON.stringify(setup) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the test provider did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /issuer (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test provider exited with code ${code}:\n${output}`));
    });
  });
  return {
    issuer,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

if (require.main === module) {
  const setup = JSON.parse(process.env.SIGN_IN_TEST_PROVIDER ?? '{}') as { clients: DevelopmentClient[]; accounts: DevelopmentAccount[] };
  const app = express();
  const server = app.listen(0, '127.0.0.1', () => {
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app.use(developmentProvider({ issuer, ...setup }));
    console.log(`issuer ${issuer}`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
