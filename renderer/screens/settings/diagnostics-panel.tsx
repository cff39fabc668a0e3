import { Button, List, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { Diagnostics } from '../../../shared/contract';
import { useStationQuery } from '../../api/react/use-station-query';
import { FactTable } from '../../components/fact-table';
import { QueryView } from '../../components/query-view';
import { SectionCard } from '../../components/section-card';
import { databaseFacts, migrationLines, runtimeFacts, transportFacts } from './diagnostics-facts';

/** Facts support asks for on the phone; read once and on Refresh, not live. */
export function DiagnosticsPanel() {
  const diagnostics = useStationQuery('diagnostics.get', {});
  const refresh = (
    <Button
      variant="default"
      leftSection={<IconRefresh size={22} />}
      onClick={() => void diagnostics.refetch()}
      loading={diagnostics.isFetching}
    >
      Refresh
    </Button>
  );
  return (
    <SectionCard title="Diagnostics" action={refresh} testId="diagnostics">
      <QueryView query={diagnostics} what="diagnostics">
        {(data) => <DiagnosticsFacts diagnostics={data} />}
      </QueryView>
    </SectionCard>
  );
}

function DiagnosticsFacts({ diagnostics }: { diagnostics: Diagnostics }) {
  const migrations = migrationLines(diagnostics.database);
  return (
    <Stack gap="lg">
      <Stack gap="xs" data-testid="diagnostics-database">
        <Title order={3}>Database</Title>
        <FactTable facts={databaseFacts(diagnostics.database)} />
        <Text fw={600}>Migrations applied</Text>
        {migrations.length === 0 ? (
          <Text c="dimmed">None yet.</Text>
        ) : (
          <List spacing={4}>
            {migrations.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
      </Stack>
      <Stack gap="xs" data-testid="diagnostics-runtime">
        <Title order={3}>Runtime</Title>
        <FactTable facts={runtimeFacts(diagnostics.runtime)} />
      </Stack>
      <Stack gap="xs" data-testid="diagnostics-transport">
        <Title order={3}>Transport</Title>
        <FactTable facts={transportFacts(diagnostics.transport)} />
      </Stack>
    </Stack>
  );
}
