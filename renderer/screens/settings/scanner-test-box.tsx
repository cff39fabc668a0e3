import { Code, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { ScanEvent } from '../../../shared/scanning/scan-event';
import { FactTable } from '../../components/fact-table';
import { formatLocalDateTime } from '../../format/format-local-time';
import { CameraScanButton } from '../../scanning/camera-scanner';
import { useScans } from '../../scanning/use-scans';
import { testScanFacts } from './scanner-test-display';

/**
 * "Test a scan": while on, every scan — wedge, serial or camera — comes here instead of the
 * screen, and its content is shown with invisible characters named, so a wrong prefix,
 * terminator or missing GS shows up at the bench rather than at the first order.
 */
export function ScannerTestBox() {
  const [listening, setListening] = useState(false);
  const [last, setLast] = useState<ScanEvent | null>(null);
  useScans(setLast, { enabled: listening });

  return (
    <Paper withBorder radius="md" p="md" data-testid="scanner-test">
      <Stack gap="sm">
        <Switch
          size="md"
          label="Test a scan"
          description="While this is on, scans are shown here and go nowhere else."
          checked={listening}
          onChange={(event) => setListening(event.currentTarget.checked)}
        />
        {/* Stations without a scanner test the camera here; its read comes through useScans. */}
        {listening && <CameraScanButton />}
        {listening && last === null && (
          <Text c="dimmed" role="status">
            Waiting for a scan… Scan any barcode with the scanner you are setting up.
          </Text>
        )}
        {last !== null && (
          <FactTable
            caption={`Last scan, ${formatLocalDateTime(last.at)}`}
            facts={testScanFacts(last).map((fact) =>
              // Monospace, so <GS> and spaces line up with what the barcode holds.
              fact.label === 'Content'
                ? {
                    label: fact.label,
                    value: <Code data-testid="scanner-test-content">{fact.value}</Code>,
                  }
                : fact,
            )}
          />
        )}
      </Stack>
    </Paper>
  );
}
