// The unit project has no database: an address nothing answers, so a test that reaches for one fails
// at once with a connection error instead of waiting (move it to the database project: import test-database).
process.env.TEST_ADMIN_DATABASE_URL = 'postgres://no-database@127.0.0.1:1/unit-tests-have-no-database';
delete process.env.DATABASE_URL;
