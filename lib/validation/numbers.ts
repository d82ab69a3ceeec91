/**
 * The largest value of a Postgres `integer` column. Form and query numbers are
 * checked against it: a larger one (`version=99999999999`) is a field error,
 * not a database error and a 500 (issue 9, finding 11).
 */
export const MAX_DB_INT = 2_147_483_647;
