import { ACCOUNT_SETTINGS_ROUTES, ELEMENT_ROUTES, ROUTES } from '../../api/index.js';
import type {
  CheckResult,
  ElementReport,
  ElementStatus,
  Operation,
  OperationReport,
  OperationStatus,
  Report,
  VerifyOptions,
} from './types.js';

function operationStatus(checks: readonly CheckResult[]): OperationStatus {
  if (checks.some((check) => check.outcome === 'fail')) return 'fail';
  if (checks.some((check) => check.outcome === 'unsupported')) return 'not offered';
  const passed = checks.filter((check) => check.outcome === 'pass').length;
  if (passed === 0) return 'skipped';
  // A preflight that passed says nothing of what the route answers.
  const answered = checks.some((check) => check.outcome === 'pass' && !check.check.startsWith('cors-'));
  return passed === checks.length && answered ? 'pass' : 'partial';
}

/**
 * An element conforms when every route it needs passed. A route not offered hides the part of the
 * element that needs it (the whole element when it is the first, its read), so the element is
 * reported not offered; anything skipped or partly checked leaves it not verified rather than passed.
 */
function elementStatus(
  needs: readonly Operation[],
  statuses: Map<Operation, OperationStatus>,
): ElementStatus {
  const of = needs.map((operation) => statuses.get(operation) ?? 'skipped');
  if (of.includes('fail')) return 'fail';
  // Without one of its routes the element cannot do all it offers a person: it is not a pass.
  if (of.includes('not offered')) return 'not offered';
  if (of.some((status) => status === 'skipped' || status === 'partial')) return 'not verified';
  return 'pass';
}

export function buildReport(
  options: VerifyOptions,
  results: readonly CheckResult[],
  notes: readonly string[] = [],
): Report {
  const operations: OperationReport[] = (Object.keys(ROUTES) as Operation[]).map((operation) => {
    const checks = results.filter((result) => result.operation === operation);
    const [method, path] = ROUTES[operation];
    return { operation, route: `${method} ${path}`, status: operationStatus(checks), checks };
  });
  const statuses = new Map(operations.map((report) => [report.operation, report.status]));
  const tables: [string, readonly Operation[]][] = [
    ...Object.entries(ELEMENT_ROUTES),
    ['account-settings', ACCOUNT_SETTINGS_ROUTES],
  ];
  const elements: ElementReport[] = tables.map(([element, needs]) => ({
    element,
    status: elementStatus(needs, statuses),
    operations: needs.map((operation) => ({ operation, status: statuses.get(operation) ?? 'skipped' })),
  }));
  return {
    baseUrl: options.baseUrl,
    mode: {
      write: options.write === true,
      delete: options.delete === true,
      origin: options.origin ?? null,
      credentials: options.credentials === true,
    },
    operations,
    elements,
    notes: [...notes],
    ok: !operations.some((report) => report.status === 'fail'),
  };
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const SHOWN: Record<OperationStatus, string> = {
  pass: 'pass',
  fail: 'FAIL',
  'not offered': 'not offered',
  partial: 'partial',
  skipped: 'skipped',
};

/** `failed: a, b, c and 4 more`, or nothing for no names. */
function listed(label: string, names: readonly string[], most = 5): string[] {
  if (names.length === 0) return [];
  const shown = names.length > most + 1 ? [...names.slice(0, most), `${names.length - most} more`] : names;
  return [`${label}: ${shown.join(', ')}`];
}

/** The report as text: the operations, the elements, then each failure and skip in full. */
export function formatReport(report: Report): string {
  const operationRows = report.operations.map(({ operation, route, status, checks }) => {
    const ran = checks.filter((check) => check.outcome === 'pass' || check.outcome === 'fail').length;
    const passed = checks.filter((check) => check.outcome === 'pass').length;
    const failed = checks.filter((check) => check.outcome === 'fail').map((check) => check.check);
    const skipped = checks.filter((check) => check.outcome === 'skip').map((check) => check.check);
    const notes = [
      ...(failed.length > 0 ? [`failed: ${failed.join(', ')}`] : []),
      ...(skipped.length > 0 ? [`skipped: ${skipped.join(', ')}`] : []),
    ].join('; ');
    return [operation, route, SHOWN[status], `${passed}/${ran}`, notes];
  });
  const elementRows = report.elements.map(({ element, status, operations }) => {
    const named = (wanted: OperationStatus[]) =>
      operations.filter((entry) => wanted.includes(entry.status)).map((entry) => entry.operation);
    const notes = [
      ...listed('failed', named(['fail'])),
      ...listed('not offered', named(['not offered'])),
      ...listed('not fully checked', named(['partial', 'skipped'])),
    ].join('; ');
    return [`<${element}>`, status === 'fail' ? 'FAIL' : status, notes];
  });
  const failures = report.operations.flatMap(({ checks }) =>
    checks
      .filter((check) => check.outcome === 'fail')
      .map((check) => `  ${check.operation} ${check.check}: ${check.detail}`),
  );
  // One line per reason: a read-only run skips the same way dozens of times.
  const skipped = new Map<string, string[]>();
  for (const { checks } of report.operations) {
    for (const check of checks.filter((candidate) => candidate.outcome === 'skip')) {
      skipped.set(check.detail, [...(skipped.get(check.detail) ?? []), `${check.operation} ${check.check}`]);
    }
  }
  const skips = [...skipped].map(([reason, checks]) => `  ${reason}:\n    ${checks.join(', ')}`);
  const mode = [
    report.mode.write ? 'writes' : 'read-only',
    ...(report.mode.delete ? ['deletes'] : []),
    ...(report.mode.origin
      ? [`CORS for ${report.mode.origin}${report.mode.credentials ? ' with credentials' : ''}`]
      : []),
  ].join(', ');
  const sections = [
    `account-elements verify ${report.baseUrl} (${mode})`,
    ...report.notes.map((note) => `  ${note}`),
    '',
    table(['operation', 'route', 'result', 'checks', 'notes'], operationRows),
    '',
    table(['element', 'result', 'routes not passed'], elementRows),
  ];
  if (failures.length > 0) sections.push('', 'Failures:', ...failures);
  if (skips.length > 0) sections.push('', 'Skipped (not run, so not passed):', ...skips);
  const failedCount = report.operations.filter((entry) => entry.status === 'fail').length;
  sections.push('', report.ok ? 'No failures.' : `${failedCount} operation(s) failed.`);
  return sections.join('\n');
}
