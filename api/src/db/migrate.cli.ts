import { openDatabase } from './database';

async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    const applied = await database.dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'The database is up to date.');
    if (process.argv.includes('--revert')) {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(`Migration failed: ${error.message}`);
  process.exit(1);
});
