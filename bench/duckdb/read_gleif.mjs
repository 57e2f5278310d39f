// DuckDB reading the GLEIF tables into memory (CREATE TABLE … AS SELECT * FROM read_csv(…)), every column as
// text, for bench/gleif_bench.sh: the floor a database sets for merely loading what chainex turns into a graph.
//
//   node bench/duckdb/read_gleif.mjs lei2.csv rr.csv
//
// Prints one JSON line {"tool": "duckdb", "rows": {"lei2.csv": N, …}} once every table is loaded.
import { DuckDBInstance } from '@duckdb/node-api';

const files = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const rows = {};
for (const [i, file] of files.entries()) {
  const quoted = file.replaceAll("'", "''");
  await connection.run(`CREATE TABLE t${i} AS SELECT * FROM read_csv('${quoted}', header = true, all_varchar = true)`);
  const count = await connection.runAndReadAll(`SELECT count(*) FROM t${i}`);
  rows[file.split('/').pop()] = Number(count.getRows()[0][0]);
}
console.log(JSON.stringify({ tool: 'duckdb', rows }));
