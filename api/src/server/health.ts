import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { setDatabaseUp } from '../observability/metrics';

const CHECK_TIMEOUT_MS = 2000;

/**
 * GET /healthz: "ready" (200) when the database answers within 2 s, "degraded" (503) when it does
 * not, "stopping" (503) once shutdown has begun, so a balancer stops sending work.
 */
export function healthRouter(dataSource: DataSource, stopping: () => boolean): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (stopping()) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_resolve, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS))),
      ]);
      setDatabaseUp(true);
      res.json({ status: 'ready' });
    } catch {
      setDatabaseUp(false);
      res.status(503).json({ status: 'degraded', reason: 'the database is not answering' });
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
