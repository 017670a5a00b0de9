import { intervalAuditorReady } from '../src/disclosure/interval-auditor';

beforeAll(() => intervalAuditorReady);
