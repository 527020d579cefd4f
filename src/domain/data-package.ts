/**
 * A dataset as a Frictionless Data Package: datapackage.json, with a Table Schema per
 * table, beside one CSV per table, the standard way research data is published and what
 * `frictionless`, pandas and R read. Dispute positions are a table of their own, one row
 * per claim a position rests on. data-package-read.ts opens it again unchanged.
 */
import { writeCsv } from './csv-text.ts';
import {
  FOREIGN_KEYS,
  PACKAGE_TABLE_NAMES,
  PACKAGE_TABLES,
  type PackageColumn,
  type PackageTable,
} from './package-columns.ts';
import type { Dataset } from './schema.ts';
import { FORMAT_VERSION } from './vocabulary.ts';

export interface PackageFile {
  name: string;
  text: string;
}

export const DESCRIPTOR = 'datapackage.json';

/** The rows of each table, as records whose fields the column paths point into. */
export function packageRows(dataset: Dataset): Record<PackageTable, readonly unknown[]> {
  return {
    sources: dataset.sources,
    actors: dataset.actors,
    events: dataset.events,
    claims: dataset.claims,
    disputes: dataset.disputes.map(({ id, eventId, question }) => ({ id, eventId, question })),
    dispute_positions: dataset.disputes.flatMap((dispute) =>
      dispute.positions.flatMap((position, p) =>
        position.claimIds.map((claimId) => ({
          disputeId: dispute.id,
          position: p + 1,
          label: position.label,
          claimId,
        })),
      ),
    ),
  };
}

function at(record: unknown, path: readonly (string | number)[]): unknown {
  let value = record;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

export function encodeCell(value: unknown, type: PackageColumn['type']): string {
  if (value === undefined || value === null) return '';
  if (type === 'array' || type === 'object') return JSON.stringify(value);
  return String(value);
}

function tableSchema(table: PackageTable) {
  const columns: readonly PackageColumn[] = PACKAGE_TABLES[table];
  return {
    fields: columns.map((column) => ({
      name: column.name,
      type: column.type,
      ...(column.description ? { description: column.description } : {}),
      ...(column.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      constraints: {
        ...(column.required ? { required: true } : {}),
        ...(column.enum ? { enum: column.enum } : {}),
        ...(column.pattern ? { pattern: column.pattern } : {}),
      },
    })),
    missingValues: [''],
    primaryKey: table === 'dispute_positions' ? ['dispute_id', 'position', 'claim_id'] : ['id'],
    foreignKeys: (FOREIGN_KEYS[table] ?? []).map(([field, resource]) => ({
      fields: [field],
      reference: { resource, fields: ['id'] },
    })),
  };
}

export function toDataPackage(dataset: Dataset, meta: { name: string; title: string; created: string }): PackageFile[] {
  const rows = packageRows(dataset);
  const tables = PACKAGE_TABLE_NAMES.map((table) => ({
    name: `${table}.csv`,
    text: writeCsv(
      PACKAGE_TABLES[table].map((column) => column.name),
      rows[table].map((record) =>
        (PACKAGE_TABLES[table] as readonly PackageColumn[]).map((column) =>
          encodeCell(at(record, column.path), column.type),
        ),
      ),
      false,
      'keep',
    ),
  }));
  const descriptor = {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    created: meta.created,
    formatVersion: FORMAT_VERSION,
    resources: PACKAGE_TABLE_NAMES.map((table) => ({
      name: table,
      path: `${table}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(table),
    })),
  };
  return [{ name: DESCRIPTOR, text: JSON.stringify(descriptor, null, 2) + '\n' }, ...tables];
}
